import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"
import { deliverNotification, type DeliveryOutcome } from "../utils/deliver"

/**
 * Works through every message due at `asOf` — retries whose backoff passed
 * and messages a crashed worker left behind — a page at a time with a cursor.
 * Sending cannot be undone, so this step has no compensation.
 */
export const deliverDueNotificationsStep = createStep(
  "deliver-due-notifications",
  async (input: { asOf: Date; pageSize?: number }, { container }) => {
    const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
    const asOf = new Date(input.asOf)
    const counts: Record<DeliveryOutcome, number> = { sent: 0, retry: 0, failed: 0, skipped: 0 }
    let after: string | undefined
    for (;;) {
      const ids = await log.listDueIds(asOf, { limit: input.pageSize ?? 100, after })
      if (!ids.length) {
        break
      }
      for (const id of ids) {
        counts[await deliverNotification(container, id, asOf)] += 1
      }
      after = ids[ids.length - 1]
    }
    return new StepResponse(counts)
  }
)
