import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"

const DAY_MS = 86_400_000

export type ArchiveEmailLogsStepInput = { asOf: Date; pageSize?: number }

/**
 * Archives sent, delivered, failed and bounced emails older than the
 * notification log's archive age (`archiveAfterDays`), a page at a time: they
 * leave the admin's default email log view and stay searchable with
 * `archived=true|all`. Maintenance without compensation (nothing is lost);
 * running it again archives nothing more.
 */
export const archiveEmailLogsStep = createStep(
  "archive-email-logs",
  async (input: ArchiveEmailLogsStepInput, { container }) => {
    const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
    const asOf = new Date(input.asOf)
    const cutoff = new Date(asOf.getTime() - log.archiveAfterDays * DAY_MS)
    const limit = input.pageSize ?? 1000
    let archived = 0
    for (;;) {
      const page = await log.archiveOlderThan(cutoff, asOf, { limit })
      archived += page.archived
      if (page.archived < limit) {
        break
      }
    }
    return new StepResponse({ archived, cutoff: cutoff.toISOString() })
  }
)
