import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"
import { prepareNotifications, type QueueNotificationInput } from "../utils/prepare"

export type QueueNotificationStepInput = QueueNotificationInput

/**
 * Records a message as "queued" before anything is sent: rendered, with its
 * recipient and customer, so a crash or an SMTP outage can't lose it.
 */
export const queueNotificationStep = createStep(
  "queue-notification",
  async (input: QueueNotificationStepInput, { container }) => {
    const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
    const [existing] = await log.listNotificationDetails({ idempotency_key: input.idempotency_key })
    if (existing) {
      return new StepResponse({ detail: existing, created: false }, null)
    }
    const [prepared] = await prepareNotifications(container, log, [input])
    if (prepared.error) {
      throw prepared.error
    }
    const detail = await log.createNotificationDetails(prepared.row)
    return new StepResponse({ detail, created: true }, detail.id)
  },
  async (createdId, { container }) => {
    if (createdId) {
      const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
      await log.deleteNotificationDetails(createdId)
    }
  }
)
