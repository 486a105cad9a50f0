import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DAY_MS } from "../../../modules/subscription/utils"
import { type Actor, emit, notify, service } from "../utils/lifecycle"

export type SubscriptionChange =
  | { action: "suspend"; reason: string }
  | { action: "unsuspend"; note?: string }
  | { action: "extend"; days?: number; until?: string; note?: string }
  | { action: "auto_renew"; enabled: boolean }
  | { action: "cancel"; note?: string }

export type ChangeSubscriptionStepInput = {
  id: string
  /** customer routes pass the customer: someone else's subscription is a 404 */
  customer_id?: string
  change: SubscriptionChange
  actor: Actor
  asOf: Date
}

const FIELDS = ["status", "expires_at", "auto_renew", "cancel_at_period_end", "suspension_reason", "suspended_at", "cancelled_at"] as const

/**
 * An admin's or customer's change to one subscription, guarded by its
 * current state, recorded on the timeline. Compensation restores the fields
 * it changed.
 */
export const changeSubscriptionStep = createStep(
  "change-subscription",
  async (input: ChangeSubscriptionStepInput, { container }) => {
    const subs = service(container)
    const asOf = new Date(input.asOf)
    const [sub] = await subs.listSubscriptions(
      input.customer_id ? { id: input.id, customer_id: input.customer_id } : { id: input.id }
    )
    if (!sub) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Subscription with id: ${input.id} was not found`)
    }
    const before = Object.fromEntries(FIELDS.map((f) => [f, sub[f]]))
    const change = input.change
    const refuse = (message: string) => {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
    }
    let update: Record<string, unknown> = {}
    let event: { type: string; note?: string | null; data?: Record<string, unknown> }
    switch (change.action) {
      case "suspend":
        if (sub.status !== "active") refuse(`Only an active subscription can be suspended (it is ${sub.status})`)
        update = { status: "suspended", suspension_reason: change.reason, suspended_at: asOf }
        event = { type: "suspended", note: change.reason }
        break
      case "unsuspend":
        if (sub.status !== "suspended") refuse(`The subscription is not suspended (it is ${sub.status})`)
        update = { status: "active", suspension_reason: null, suspended_at: null }
        event = { type: "unsuspended", note: change.note ?? null }
        break
      case "extend": {
        if (sub.status === "cancelled") refuse("A cancelled subscription can't be extended")
        const current = new Date(sub.expires_at)
        const target = change.until ? new Date(change.until) : new Date(current.getTime() + (change.days ?? 0) * DAY_MS)
        if (!(target.getTime() > current.getTime())) refuse("The new expiry date must be later than the current one")
        update = { expires_at: target, ...(sub.status === "expired" ? { status: "active" } : {}) }
        event = { type: "extended", note: change.note ?? null, data: { from: current.toISOString(), to: target.toISOString() } }
        break
      }
      case "auto_renew":
        update = { auto_renew: change.enabled }
        event = { type: "auto_renew_changed", note: change.enabled ? "Auto-renew turned on" : "Auto-renew turned off", data: { enabled: change.enabled } }
        break
      case "cancel":
        if (sub.status === "cancelled" || sub.cancel_at_period_end) refuse("The subscription is already cancelled")
        update = { cancel_at_period_end: true, auto_renew: false }
        event = { type: "cancel_requested", note: change.note ?? `Ends on ${new Date(sub.expires_at).toISOString().slice(0, 10)}` }
        break
    }
    await subs.updateSubscriptions({ id: sub.id, ...update })
    await subs.recordEvent(sub.id, { ...event!, ...input.actor, at: asOf })
    return new StepResponse({ id: sub.id as string, customer_id: sub.customer_id as string }, { id: sub.id, before })
  },
  async (prior, { container }) => {
    if (prior) {
      await service(container).updateSubscriptions({ id: prior.id, ...prior.before })
    }
  }
)

/** Email and domain event for a change (last: can't be undone). */
export const announceSubscriptionChangeStep = createStep(
  "announce-subscription-change",
  async (input: { id: string; change: SubscriptionChange; asOf: Date }, { container }) => {
    const sub = await service(container).retrieveSubscription(input.id)
    const at = new Date(input.asOf).toISOString()
    switch (input.change.action) {
      case "suspend":
        await notify(container, sub, "subscription_suspended", `suspended:${sub.id}:${at}`, { reason: input.change.reason })
        await emit(container, "suspended", sub.id)
        break
      case "unsuspend":
        await emit(container, "unsuspended", sub.id)
        break
      case "extend":
        await emit(container, "extended", sub.id)
        break
      case "cancel":
        await emit(container, "cancelled", sub.id)
        break
    }
    return new StepResponse(sub.id)
  }
)
