import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelAtPeriodEnd, expire, sendReminder, service, suspend } from "../utils/lifecycle"
import { autoRenew } from "../utils/auto-renew"

export type LifecyclePass = "reminders" | "suspensions" | "auto_renew"

/**
 * One lifecycle pass as of a date, over every subscription it concerns,
 * paged by id. Catches up on missed runs (due means `expires_at <= asOf`
 * arithmetic, never "today") and is idempotent: each transition checks the
 * current state and reminders are deduplicated per period.
 */
export const runLifecyclePassStep = createStep(
  "run-subscription-lifecycle-pass",
  async (input: { pass: LifecyclePass; asOf: Date }, { container }) => {
    const subs = service(container)
    const asOf = new Date(input.asOf)
    const counts: Record<string, number> = {}
    const page = async (kind: Parameters<typeof subs.listDueIds>[0], days: number, fn: (id: string) => Promise<boolean>) => {
      let after: string | undefined
      counts[kind] ??= 0
      for (;;) {
        const ids = await subs.listDueIds(kind, asOf, { days, after })
        if (!ids.length) {
          return
        }
        for (const id of ids) {
          counts[kind] += (await fn(id)) ? 1 : 0
        }
        after = ids[ids.length - 1]
      }
    }
    if (input.pass === "reminders") {
      await page("reminder", 7, (id) => sendReminder(container, id, asOf))
    } else if (input.pass === "suspensions") {
      await page("cancel", 0, (id) => cancelAtPeriodEnd(container, id, asOf))
      await page("suspend", 0, (id) => suspend(container, id, "Not renewed before the end of the grace period", asOf, { actor: "system" }))
      await page("expire", subs.expireAfterSuspendedDays, (id) => expire(container, id, asOf))
    } else {
      await page("renew", 0, (id) => autoRenew(container, id, asOf))
    }
    return new StepResponse(counts)
  }
)
