import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"

const DAY_MS = 86_400_000

export type PurgeNotificationLogsStepInput = { asOf: Date; pageSize?: number }

/**
 * Deletes sent, delivered, failed and bounced messages older than the
 * notification log's retention (`retentionDays`), a page at a time with a
 * cursor. Deleting can't be undone, so there is no compensation; running it
 * again deletes nothing more.
 */
export const purgeNotificationLogsStep = createStep(
  "purge-notification-logs",
  async (input: PurgeNotificationLogsStepInput, { container }) => {
    const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
    const cutoff = new Date(new Date(input.asOf).getTime() - log.retentionDays * DAY_MS)
    let deleted = 0
    let after: string | null = null
    do {
      const page = await log.purgeOlderThan(cutoff, { limit: input.pageSize ?? 1000, after })
      deleted += page.deleted
      after = page.next
    } while (after)
    return new StepResponse({ deleted, cutoff: cutoff.toISOString() })
  }
)
