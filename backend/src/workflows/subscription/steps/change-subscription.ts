import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DAY_MS } from "../../../modules/subscription/utils"
import { randomUUID } from "crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { type Actor, emit, notify, service } from "../utils/lifecycle"

export type SubscriptionChange =
  | { action: "suspend"; reason: string }
  | { action: "unsuspend"; note?: string }
  | { action: "extend"; days?: number; until?: string; note?: string }
  | { action: "auto_renew"; enabled: boolean }
  /** at period end (customer, default) or at once (admin, e.g. with a refund) */
  | { action: "cancel"; note?: string; immediately?: boolean }

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
    const changed = await applySubscriptionChange(container, input)
    return new StepResponse({ id: changed.id, customer_id: changed.customer_id }, { id: changed.id, before: changed.before })
  },
  async (prior, { container }) => {
    if (prior) {
      await service(container).updateSubscriptions({ id: prior.id, ...prior.before })
    }
  }
)

/** Whether `change` can be made to a subscription in this state (the guards of applySubscriptionChange). */
export function subscriptionChangeAllowed(
  sub: { status: string; cancel_at_period_end?: boolean | null },
  change: SubscriptionChange
): boolean {
  switch (change.action) {
    case "suspend":
      return sub.status === "active"
    case "unsuspend":
      return sub.status === "suspended"
    case "extend":
      return sub.status !== "cancelled"
    case "auto_renew":
      return true
    case "cancel":
      return change.immediately ? sub.status !== "cancelled" : sub.status !== "cancelled" && !sub.cancel_at_period_end
  }
}

/** Applies one change (guarded, recorded on the timeline); returns the prior values of the fields it touched. */
async function applySubscriptionChange(container: MedusaContainer, input: ChangeSubscriptionStepInput, eventKey?: string) {
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
        if (change.immediately) {
          if (sub.status === "cancelled") refuse("The subscription is already cancelled")
          update = { status: "cancelled", cancelled_at: asOf, auto_renew: false }
          event = { type: "cancelled", note: change.note ?? "Cancelled at once" }
          break
        }
        if (sub.status === "cancelled" || sub.cancel_at_period_end) refuse("The subscription is already cancelled")
        update = { cancel_at_period_end: true, auto_renew: false }
        event = { type: "cancel_requested", note: change.note ?? `Ends on ${new Date(sub.expires_at).toISOString().slice(0, 10)}` }
        break
    }
    await subs.updateSubscriptions({ id: sub.id, ...update })
    await subs.recordEvent(sub.id, { ...event!, ...input.actor, at: asOf, ...(eventKey ? { dedupe_key: eventKey } : {}) })
    return { id: sub.id as string, customer_id: sub.customer_id as string, before, event_key: eventKey ?? null }
}

export type ChangeSubscriptionsStepInput = {
  ids: string[]
  change: SubscriptionChange
  actor: Actor
  asOf: Date
}

/**
 * The same change to several subscriptions (an order's, when it is refunded);
 * each is guarded as in changeSubscriptionStep. Compensation restores every
 * one it changed.
 */
export const changeSubscriptionsStep = createStep(
  "change-subscriptions",
  async (input: ChangeSubscriptionsStepInput, { container }) => {
    type Done = Awaited<ReturnType<typeof applySubscriptionChange>>
    const done: Done[] = []
    // each timeline entry gets a key of this run, so an undo removes exactly the entries it wrote
    const run = randomUUID()
    try {
      for (const id of input.ids) {
        done.push(
          await applySubscriptionChange(container, { id, change: input.change, actor: input.actor, asOf: input.asOf }, `change:${run}:${id}`)
        )
      }
    } catch (e) {
      await restore(container, done)
      throw e
    }
    return new StepResponse(
      done.map(({ id, customer_id }) => ({ id, customer_id })),
      done
    )
  },
  async (done, { container }) => {
    if (done) {
      await restore(container, done)
    }
  }
)

async function restore(
  container: MedusaContainer,
  done: { id: string; before: Record<string, unknown>; event_key: string | null }[]
) {
  const subs = service(container)
  for (const prior of [...done].reverse()) {
    await subs.updateSubscriptions({ id: prior.id, ...prior.before })
  }
  const keys = done.map((d) => d.event_key).filter((k): k is string => !!k)
  if (keys.length) {
    const events = await subs.listSubscriptionEvents({ dedupe_key: keys }, { select: ["id"] })
    if (events.length) {
      await subs.deleteSubscriptionEvents(events.map((e) => e.id))
    }
  }
}

/** Email and domain event for a change (last: can't be undone). */
export const announceSubscriptionChangeStep = createStep(
  "announce-subscription-change",
  async (input: { id: string; change: SubscriptionChange; asOf: Date }, { container }) => {
    await announce(container, input.id, input.change, input.asOf)
    return new StepResponse(input.id)
  }
)

/**
 * Emails and domain events for a change made to several subscriptions. Runs
 * after something that can't be undone (a refund): a failure is logged, not
 * thrown, so it never undoes what was already done.
 */
export const announceSubscriptionChangesStep = createStep(
  "announce-subscription-changes",
  async (input: { ids: string[]; change: SubscriptionChange; asOf: Date }, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    for (const id of input.ids) {
      await announce(container, id, input.change, input.asOf).catch((e: Error) =>
        logger.error(`Subscription ${id}: the ${input.change.action} was saved but its email/event failed: ${e.message}`)
      )
    }
    return new StepResponse(input.ids)
  }
)

async function announce(container: MedusaContainer, id: string, change: SubscriptionChange, asOf: Date) {
  const sub = await service(container).retrieveSubscription(id)
  const at = new Date(asOf).toISOString()
  switch (change.action) {
    case "suspend":
      await notify(container, sub, "subscription_suspended", `suspended:${sub.id}:${at}`, { reason: change.reason })
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
}
