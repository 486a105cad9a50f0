import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { service } from "./utils/lifecycle"
import {
  autoRenewSubscriptionWorkflow,
  cancelOverdueSubscriptionOrderWorkflow,
  recordRenewalFailedWorkflow,
  runSubscriptionLifecyclePassesWorkflow,
} from "./workflows"

const PAGE_SIZE = 200

/** Runs `each` for every subscription id due for `kind` at `asOf`, a page at a time (cursor on id: catches up on missed runs). */
async function forEachDue(
  container: MedusaContainer,
  kind: "renew" | "overdue",
  asOf: Date,
  each: (id: string) => Promise<boolean>
): Promise<number> {
  const subs = service(container)
  let after: string | undefined
  let count = 0
  for (;;) {
    const ids = await subs.listDueIds(kind, asOf, { after, limit: PAGE_SIZE })
    if (!ids.length) {
      return count
    }
    for (const id of ids) {
      count += (await each(id)) ? 1 : 0
    }
    after = ids[ids.length - 1]
  }
}

/**
 * Daily 23:00: every subscription with auto-renew on that expires within a
 * day gets its renewal order (one workflow run each). A failure is recorded
 * on its timeline and emailed; the next run retries until it expires.
 */
export async function autoRenewDue(container: MedusaContainer, asOf: Date): Promise<number> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  return forEachDue(container, "renew", asOf, async (id) => {
    try {
      const { result } = await autoRenewSubscriptionWorkflow(container).run({ input: { id, asOf } })
      return !!result
    } catch (e) {
      const reason = (e as Error).message.slice(0, 300)
      logger.warn(`Auto-renew of subscription ${id} failed: ${reason}`)
      await recordRenewalFailedWorkflow(container).run({ input: { id, reason, asOf } })
      return false
    }
  })
}

/** Daily: pay-later orders of subscriptions still unpaid after their due date are cancelled (one workflow run each). */
export async function cancelOverdueOrders(container: MedusaContainer, asOf: Date): Promise<number> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  return forEachDue(container, "overdue", asOf, async (id) => {
    try {
      const { result } = await cancelOverdueSubscriptionOrderWorkflow(container).run({ input: { id, asOf } })
      return result
    } catch (e) {
      logger.error(`Overdue order of subscription ${id} could not be cancelled: ${(e as Error).message}`)
      return false
    }
  })
}

/**
 * The whole daily lifecycle as of a date, in job order: auto-renewals,
 * overdue pay-later orders, reminders, suspensions (the test clock, `npm run
 * jobs`, the admin's "run lifecycle").
 */
export async function runSubscriptionLifecycle(container: MedusaContainer, asOf: Date): Promise<Record<string, number>> {
  const renewed = await autoRenewDue(container, asOf)
  const overdue = await cancelOverdueOrders(container, asOf)
  const { result } = await runSubscriptionLifecyclePassesWorkflow(container).run({ input: { asOf } })
  return { renew: renewed, overdue, ...(result as Record<string, number>) }
}
