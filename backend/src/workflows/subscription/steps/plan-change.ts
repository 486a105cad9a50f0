import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { CreateCartWorkflowInputDTO } from "@medusajs/framework/types"
import { randomUUID } from "crypto"
import type { PlanTerms } from "../../../modules/subscription/service"
import { type Actor, emit, notify, service } from "../utils/lifecycle"
import { type PlanOption, planOption } from "../utils/plan-options"
import { planColumns } from "./apply-order-payment"

export type PlanChangeInput = {
  id: string
  /** customer routes pass the customer: someone else's subscription is a 404 */
  customer_id?: string
  variant_id: string
  /** admins may switch at once without a charge, or schedule for the next renewal */
  when?: "now" | "next_renewal"
  note?: string | null
  email?: string | null
  actor: Actor
  asOf: Date
}

/**
 * Validates a plan change and decides what it is: an upgrade (the prorated
 * difference is charged now through a cart), a downgrade (scheduled for the
 * next renewal, nothing refunded), or an admin's immediate switch.
 */
export const validatePlanChangeStep = createStep("validate-plan-change", async (input: PlanChangeInput, { container }) => {
  const asOf = new Date(input.asOf)
  const [sub] = await service(container).listSubscriptions(input.customer_id ? { id: input.id, customer_id: input.customer_id } : { id: input.id })
  if (!sub) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Subscription with id: ${input.id} was not found`)
  }
  const option = await planOption(container, sub, input.variant_id, asOf)
  const mode: "upgrade" | "schedule" | "switch" = input.when === "now" ? "switch" : input.when === "next_renewal" ? "schedule" : option.kind === "upgrade" ? "upgrade" : "schedule"
  const nonce = randomUUID()
  const cart: CreateCartWorkflowInputDTO = {
    region_id: sub.region_id,
    customer_id: sub.customer_id,
    email: input.email ?? undefined,
    items: [{ variant_id: option.variant_id, quantity: 1, unit_price: option.due_now, metadata: { upgrade_of: sub.id, plan_change: nonce, from_plan: sub.plan } }],
    metadata: { upgrade_of: sub.id },
  }
  return new StepResponse({ subscription_id: sub.id, customer_id: sub.customer_id, from_plan: sub.plan, expires_at: new Date(sub.expires_at).toISOString(), option, mode, nonce, cart })
})

function terms(option: PlanOption): PlanTerms {
  return planColumns(option)
}

async function undo(container: any, prior: { id: string; before: Record<string, unknown>; key: string } | null | undefined) {
  if (!prior) {
    return
  }
  const subs = service(container)
  await subs.updateSubscriptions({ id: prior.id, ...prior.before })
  const events = await subs.listSubscriptionEvents({ dedupe_key: prior.key }, { select: ["id"] })
  if (events.length) {
    await subs.deleteSubscriptionEvents(events.map((e) => e.id))
  }
}

/** Remembers the upgrade cart handed out (what paying it will switch to); compensation forgets it. */
export const savePendingUpgradeStep = createStep(
  "save-pending-upgrade",
  async (input: { id: string; cart_id: string; nonce: string; option: PlanOption; actor: Actor; asOf: Date }, { container }) => {
    const key = `upgrade_offered:${input.nonce}`
    const t = await service(container).transition(input.id, {
      dedupe_key: key,
      decide: () => ({
        update: { pending_upgrade: { variant_id: input.option.variant_id, cart_id: input.cart_id, nonce: input.nonce, amount: input.option.due_now, terms: terms(input.option) } },
        event: { type: "plan_change_offered", ...input.actor, note: `Upgrade to ${input.option.plan}: ${input.option.due_now} ${input.option.currency_code.toUpperCase()} due now`, data: { variant_id: input.option.variant_id, cart_id: input.cart_id, due_now: input.option.due_now }, at: new Date(input.asOf) },
      }),
    })
    return new StepResponse(input.cart_id, t ? { id: input.id, before: { pending_upgrade: t.before.pending_upgrade ?? null }, key } : null)
  },
  async (prior, { container }) => undo(container, prior)
)

/** A downgrade (or an admin's change) waits for the next renewal; compensation restores what was scheduled before. */
export const schedulePlanChangeStep = createStep(
  "schedule-plan-change",
  async (input: { id: string; option: PlanOption; expires_at: string; note?: string | null; actor: Actor; asOf: Date }, { container }) => {
    const key = `plan_change_scheduled:${input.id}:${new Date(input.asOf).toISOString()}:${input.option.variant_id}`
    const scheduled = { ...terms(input.option), currency_code: input.option.currency_code, effective_at: input.expires_at }
    const t = await service(container).transition(input.id, {
      dedupe_key: key,
      decide: (row) => ({
        update: { scheduled_change: scheduled },
        event: { type: "plan_change_scheduled", ...input.actor, note: input.note ?? `${row.plan} → ${input.option.plan} at the next renewal`, data: scheduled, at: new Date(input.asOf) },
      }),
    })
    return new StepResponse(scheduled, t ? { id: input.id, before: { scheduled_change: t.before.scheduled_change ?? null }, key } : null)
  },
  async (prior, { container }) => undo(container, prior)
)

/** An admin's switch at once, without a charge (expiry kept); compensation restores the plan. */
export const switchPlanNowStep = createStep(
  "switch-plan-now",
  async (input: { id: string; option: PlanOption; note?: string | null; actor: Actor; asOf: Date }, { container }) => {
    const key = `plan_switched:${input.id}:${new Date(input.asOf).toISOString()}:${input.option.variant_id}`
    const t = await service(container).transition(input.id, {
      dedupe_key: key,
      decide: (row) => ({
        update: { ...terms(input.option), scheduled_change: null, pending_upgrade: null },
        event: { type: "plan_changed", ...input.actor, note: input.note ?? `${row.plan} → ${input.option.plan} (changed by an admin)`, data: { from: row.plan, to: input.option.plan, variant_id: input.option.variant_id }, at: new Date(input.asOf) },
      }),
    })
    const before = t ? Object.fromEntries(["variant_id", "plan", "amount", "billing_interval", "billing_interval_count", "scheduled_change", "pending_upgrade"].map((c) => [c, t.before[c]])) : {}
    return new StepResponse(t ? String(t.before.plan) : null, t ? { id: input.id, before, key } : null)
  },
  async (prior, { container }) => undo(container, prior)
)

/** Calls off a scheduled downgrade; compensation schedules it again. */
export const cancelScheduledPlanChangeStep = createStep(
  "cancel-scheduled-plan-change",
  async (input: { id: string; customer_id?: string; actor: Actor; asOf: Date }, { container }) => {
    const [sub] = await service(container).listSubscriptions(input.customer_id ? { id: input.id, customer_id: input.customer_id } : { id: input.id })
    if (!sub) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Subscription with id: ${input.id} was not found`)
    }
    if (!sub.scheduled_change) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "No plan change is scheduled")
    }
    const key = `plan_change_cancelled:${sub.id}:${new Date(input.asOf).toISOString()}`
    const t = await service(container).transition(sub.id, {
      dedupe_key: key,
      decide: (row) =>
        row.scheduled_change
          ? { update: { scheduled_change: null }, event: { type: "plan_change_cancelled", ...input.actor, note: `Stays on ${row.plan}`, data: row.scheduled_change, at: new Date(input.asOf) } }
          : null,
    })
    const was = (t?.before.scheduled_change ?? null) as Record<string, unknown> | null
    return new StepResponse({ id: sub.id, to: (was?.plan as string) ?? null }, t ? { id: sub.id, before: { scheduled_change: was }, key } : null)
  },
  async (prior, { container }) => undo(container, prior)
)

/** Emails and events of a plan change (last: sending can't be undone). */
export const announcePlanChangeStep = createStep(
  "announce-plan-change",
  async (input: { id: string; kind: "scheduled" | "cancelled" | "switched"; to?: string | null; from?: string | null; effective_at?: string | null; asOf: Date }, { container }) => {
    const sub = await service(container).retrieveSubscription(input.id)
    const at = new Date(input.asOf).toISOString()
    if (input.kind === "switched") {
      await notify(container, sub, "plan_changed", `plan_changed:${sub.id}:${at}`, { from: input.from ?? "your previous plan" })
      await emit(container, "plan_changed", sub.id)
    } else {
      await notify(container, sub, "plan_change_scheduled", `plan_change_${input.kind}:${sub.id}:${at}`, {
        to: input.to,
        effective_at: input.effective_at ?? new Date(sub.expires_at).toISOString(),
        cancelled: input.kind === "cancelled",
      })
      await emit(container, input.kind === "scheduled" ? "plan_change_scheduled" : "plan_change_cancelled", sub.id)
    }
    return new StepResponse(true)
  }
)
