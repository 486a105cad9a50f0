import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"
import type { QueueNotificationStepInput } from "./queue-notification"

/** Guard + input for a resend: the same content, to the same recipient, linked to the original. */
export const loadNotificationForResendStep = createStep(
  "load-notification-for-resend",
  async (input: { id: string; request_id: string }, { container }) => {
    const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
    const [original] = await log.listNotificationDetails({ id: input.id })
    if (!original) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Notification log with id: ${input.id} was not found`)
    }
    const queued: QueueNotificationStepInput = {
      template: original.template,
      to: original.to,
      customer_id: original.customer_id,
      data: (original.data as Record<string, unknown>) ?? {},
      idempotency_key: `resend:${original.id}:${input.request_id}`,
      resend_of_id: original.id,
      content: { subject: original.subject, html: original.body_html, text: original.body_text },
    }
    return new StepResponse(queued)
  }
)
