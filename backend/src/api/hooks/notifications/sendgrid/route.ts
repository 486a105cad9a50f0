import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { NOTIFICATION_LOG_MODULE } from "../../../../modules/notification-log"
import type NotificationLogModuleService from "../../../../modules/notification-log/service"
import { applyDeliveryStatusWorkflow } from "../../../../workflows/notification"

const SENDGRID_STATUS: Record<string, "delivered" | "failed" | "bounced"> = {
  delivered: "delivered",
  bounce: "bounced",
  dropped: "failed",
}

type SendgridEvent = { event?: string; sg_message_id?: string; timestamp?: number; reason?: string }

/** POST /hooks/notifications/sendgrid — SendGrid's signed event webhook, taken within 5 minutes of its signed timestamp. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const log: NotificationLogModuleService = req.scope.resolve(NOTIFICATION_LOG_MODULE)
  const valid = log.verifySendgridSignature(
    (req as MedusaRequest & { rawBody?: Buffer }).rawBody,
    req.get("x-twilio-email-event-webhook-signature"),
    req.get("x-twilio-email-event-webhook-timestamp")
  )
  if (!valid) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn("Refused a SendGrid event webhook with a bad signature")
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Invalid SendGrid signature")
  }
  if (!log.isFreshSendgridTimestamp(req.get("x-twilio-email-event-webhook-timestamp"))) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn("Refused a SendGrid event webhook signed outside the accepted window (a replay?)")
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "SendGrid event timestamp is outside the accepted window")
  }
  const events = (Array.isArray(req.body) ? req.body : []) as SendgridEvent[]
  const mapped = events
    .filter((e) => e.event && SENDGRID_STATUS[e.event] && e.sg_message_id)
    .map((e) => ({
      // sg_message_id is "<X-Message-Id>.filter…": the part we stored comes first
      provider_message_id: String(e.sg_message_id).split(".")[0],
      status: SENDGRID_STATUS[e.event!],
      at: e.timestamp ? new Date(e.timestamp * 1000) : new Date(),
      error: e.reason ?? null,
    }))
  if (mapped.length) {
    await applyDeliveryStatusWorkflow(req.scope).run({ input: { events: mapped } })
  }
  res.status(204).send()
}
