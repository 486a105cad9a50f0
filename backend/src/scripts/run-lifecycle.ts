import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runSubscriptionLifecycleWorkflow } from "../workflows/subscription"

/**
 * `medusa exec ./src/scripts/run-lifecycle.ts 2027-03-01` (or `npm run jobs -- --as-of 2027-03-01`
 * from the repository root): the daily subscription jobs as of a date —
 * auto-renew, reminders, suspensions — for demos and catch-up runs.
 */
export default async function runLifecycle({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const value = args?.[0]
  const asOf = value ? new Date(value) : new Date()
  if (Number.isNaN(asOf.getTime())) {
    throw new Error(`Not a date: ${value} (use e.g. 2027-03-01 or 2027-03-01T00:30:00Z)`)
  }
  logger.info(`Running the subscription lifecycle as of ${asOf.toISOString()}…`)
  const rssBefore = process.memoryUsage().rss
  const started = performance.now()
  const { result } = await runSubscriptionLifecycleWorkflow(container).run({ input: { asOf } })
  const ms = performance.now() - started
  const peakMb = process.resourceUsage().maxRSS / 1024
  // machine-readable line for bench/lifecycle.mjs
  logger.info(
    `lifecycle_ms=${ms.toFixed(0)} peak_rss_mb=${peakMb.toFixed(0)} rss_before_mb=${(rssBefore / 1048576).toFixed(0)}`
  )
  logger.info(
    `Done: ${result.renew ?? 0} renewed, ${result.reminder ?? 0} reminders, ${result.cancel ?? 0} cancelled, ${result.suspend ?? 0} suspended.`
  )
}
