import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { runCleanupWorkflow } from "../workflows/cleanup"
import { deliverDueNotificationsWorkflow } from "../workflows/notification"
import { runSubscriptionLifecycle } from "../workflows/subscription"

const JOBS = ["lifecycle", "cleanup"] as const

const mb = (bytes: number) => (bytes / 1048576).toFixed(0)

/**
 * `medusa exec ./src/scripts/run-jobs.ts 2027-03-01 [lifecycle|cleanup]` (or
 * `npm run jobs -- --as-of 2027-03-01 [--job cleanup]` from the repository
 * root): a scheduled job run now, as of a date, for demos and catch-up runs.
 *   lifecycle (default): the daily subscription jobs — auto-renew, reminders,
 *     suspensions — then delivery of the emails they queued
 *   cleanup: the weekly purge of old notification log messages
 */
export default async function runJobs({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [value, job = "lifecycle"] = args ?? []
  const asOf = value ? new Date(value) : new Date()
  if (Number.isNaN(asOf.getTime())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Not a date: ${value} (use e.g. 2027-03-01 or 2027-03-01T00:30:00Z)`)
  }
  if (!(JOBS as readonly string[]).includes(job)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown job: ${job} (one of ${JOBS.join(", ")})`)
  }

  if (job === "cleanup") {
    logger.info(`Running the cleanup as of ${asOf.toISOString()}…`)
    const { result } = await runCleanupWorkflow(container).run({ input: { asOf } })
    logger.info(
      `Done: ${result.notification_logs.deleted} notification log messages created before ${result.notification_logs.cutoff} deleted.`
    )
    return
  }

  logger.info(`Running the subscription lifecycle as of ${asOf.toISOString()}…`)
  const rssBefore = process.memoryUsage().rss
  const started = performance.now()
  const result = await runSubscriptionLifecycle(container, asOf)
  const lifecycleMs = performance.now() - started
  const lifecyclePeak = process.resourceUsage().maxRSS * 1024
  // the emails it queued, as the every-minute delivery job would send them (sent now, not as of asOf)
  const { result: delivery } = await deliverDueNotificationsWorkflow(container).run({ input: { asOf: new Date() } })
  const deliveryMs = performance.now() - started - lifecycleMs
  // machine-readable line for bench/lifecycle.mjs
  logger.info(
    `lifecycle_ms=${lifecycleMs.toFixed(0)} delivery_ms=${deliveryMs.toFixed(0)} rss_before_mb=${mb(rssBefore)} ` +
      `lifecycle_peak_rss_mb=${mb(lifecyclePeak)} peak_rss_mb=${mb(process.resourceUsage().maxRSS * 1024)}`
  )
  logger.info(
    `Done: ${result.renew ?? 0} renewed, ${result.reminder ?? 0} reminders, ${result.cancel ?? 0} cancelled, ` +
      `${result.suspend ?? 0} suspended, ${result.expire ?? 0} expired; ${delivery.sent} emails sent` +
      `${delivery.retry || delivery.failed ? ` (${delivery.retry} to retry, ${delivery.failed} failed)` : ""}.`
  )
}
