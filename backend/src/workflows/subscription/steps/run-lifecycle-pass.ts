import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelAtPeriodEnd, expireSuspended, sendReminders, service, suspendLapsed } from "../utils/lifecycle"

export type LifecyclePass = "reminders" | "suspensions"

/** Subscriptions a lifecycle page handles at once (one read, one insert per kind of write). */
const PAGE_SIZE = 500

/**
 * One lifecycle pass as of a date, over every subscription it concerns,
 * paged by id. Catches up on missed runs (due means `expires_at <= asOf`
 * arithmetic, never "today") and is idempotent: each transition checks the
 * current state and reminders are deduplicated per period. A page is handled
 * as a batch and nothing of it is kept once the next page starts, so memory
 * stays flat however many subscriptions there are.
 */
export const runLifecyclePassStep = createStep(
  "run-subscription-lifecycle-pass",
  async (input: { pass: LifecyclePass; asOf: Date }, { container }) => {
    const subs = service(container)
    const asOf = new Date(input.asOf)
    const counts: Record<string, number> = {}
    const pages = async (kind: Parameters<typeof subs.listDueIds>[0], days: number, handle: (ids: string[]) => Promise<number>) => {
      let after: string | undefined
      counts[kind] ??= 0
      for (;;) {
        const ids = await subs.listDueIds(kind, asOf, { days, after, limit: PAGE_SIZE })
        if (!ids.length) {
          return
        }
        counts[kind] += await handle(ids)
        after = ids[ids.length - 1]
      }
    }
    if (input.pass === "reminders") {
      await pages("reminder", 7, (ids) => sendReminders(container, ids, asOf))
    } else {
      await pages("cancel", 0, (ids) => cancelAtPeriodEnd(container, ids, asOf))
      await pages("suspend", 0, (ids) => suspendLapsed(container, ids, "Not renewed before the end of the grace period", asOf))
      await pages("expire", subs.expireAfterSuspendedDays, (ids) => expireSuspended(container, ids, asOf))
    }
    return new StepResponse(counts)
  }
)
