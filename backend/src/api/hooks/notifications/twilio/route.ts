import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { NOTIFICATION_LOG_MODULE } from "../../../../modules/notification-log"
import type NotificationLogModuleService from "../../../../modules/notification-log/service"
import { applyDeliveryStatusWorkflow } from "../../../../workflows/notification"

const TWILIO_STATUS: Record<string, "delivered" | "failed" | "bounced"> = {
  delivered: "delivered",
  failed: "failed",
  undelivered: "bounced",
}

/** POST /hooks/notifications/twilio — Twilio's SMS status callback, signature checked. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const log: NotificationLogModuleService = req.scope.resolve(NOTIFICATION_LOG_MODULE)
  const params = (req.body ?? {}) as Record<string, string>
  if (!log.verifyTwilioSignature(req.get("x-twilio-signature"), params)) {
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Refused a Twilio status callback with a bad signature (sid ${params.MessageSid ?? "?"})`)
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Invalid Twilio signature")
  }
  const status = TWILIO_STATUS[params.MessageStatus]
  if (status && params.MessageSid) {
    await applyDeliveryStatusWorkflow(req.scope).run({
      input: {
        events: [
          {
            provider_message_id: params.MessageSid,
            status,
            at: new Date(),
            error: params.ErrorCode ? `Twilio error ${params.ErrorCode}` : null,
          },
        ],
      },
    })
  }
  res.status(204).send()
}
