import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUBSCRIPTION_MODULE } from "../../../modules/subscription"
import type SubscriptionModuleService from "../../../modules/subscription/service"

type Prior = { id: string; auto_renew: boolean; cancel_at_period_end: boolean }

/**
 * Nothing renews for a deleted account: its running subscriptions end with
 * their paid term, each with a timeline entry. Compensation restores the
 * renewal settings and removes those entries.
 */
export const endSubscriptionRenewalsStep = createStep(
  "end-subscription-renewals",
  async (input: { customer_id: string; note: string; asOf: Date }, { container }) => {
    const subs: SubscriptionModuleService = container.resolve(SUBSCRIPTION_MODULE)
    const active = await subs.listSubscriptions({ customer_id: input.customer_id, status: ["active", "suspended"] })
    const prior: Prior[] = active.map((s) => ({ id: s.id, auto_renew: !!s.auto_renew, cancel_at_period_end: !!s.cancel_at_period_end }))
    const at = new Date(input.asOf)
    for (const sub of prior) {
      await subs.updateSubscriptions({ id: sub.id, auto_renew: false, cancel_at_period_end: true })
      await subs.recordEvent(sub.id, {
        type: "cancel_requested",
        actor: "customer",
        actor_id: input.customer_id,
        note: input.note,
        at,
        dedupe_key: `account-deleted:${sub.id}:${at.getTime()}`,
      })
    }
    return new StepResponse(
      prior.map((s) => s.id),
      { prior, at: at.getTime() }
    )
  },
  async (undo, { container }) => {
    if (!undo?.prior.length) {
      return
    }
    const subs: SubscriptionModuleService = container.resolve(SUBSCRIPTION_MODULE)
    const entries = await subs.listSubscriptionEvents(
      { dedupe_key: undo.prior.map((s) => `account-deleted:${s.id}:${undo.at}`) },
      { select: ["id"] }
    )
    if (entries.length) {
      await subs.deleteSubscriptionEvents(entries.map((e) => e.id))
    }
    await subs.updateSubscriptions(undo.prior.map((s) => ({ id: s.id, auto_renew: s.auto_renew, cancel_at_period_end: s.cancel_at_period_end })))
  }
)
