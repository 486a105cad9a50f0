import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { recordAdminActionStep } from "../../backoffice"
import {
  announcePlanChangeStep,
  cancelScheduledPlanChangeStep,
  type PlanChangeInput,
  savePendingUpgradeStep,
  schedulePlanChangeStep,
  switchPlanNowStep,
  validatePlanChangeStep,
} from "../steps"

/**
 * Change plan (another plan or term of the same product). An upgrade answers
 * a cart for the prorated difference; paying it switches the plan at once,
 * keeping the expiry (applyOrderPaymentWorkflow). A downgrade is scheduled
 * for the next renewal and refunds nothing. Admins may also switch at once
 * without a charge. On the timeline, in the action log for admins, emailed.
 */
export const changeSubscriptionPlanWorkflow = createWorkflow("change-subscription-plan", (input: PlanChangeInput) => {
  const plan = validatePlanChangeStep(input)

  const cart = when("plan-change-upgrade", { plan }, ({ plan }) => plan.mode === "upgrade").then(() => {
    const cart = createCartWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => plan.cart) })
    savePendingUpgradeStep(
      transform({ plan, cart, input }, ({ plan, cart, input }) => ({ id: plan.subscription_id, cart_id: cart.id, nonce: plan.nonce, option: plan.option, actor: input.actor, asOf: input.asOf }))
    )
    return cart
  })

  when("plan-change-schedule", { plan }, ({ plan }) => plan.mode === "schedule").then(() => {
    schedulePlanChangeStep(
      transform({ plan, input }, ({ plan, input }) => ({ id: plan.subscription_id, option: plan.option, expires_at: plan.expires_at, note: input.note, actor: input.actor, asOf: input.asOf }))
    )
    announcePlanChangeStep(
      transform({ plan, input }, ({ plan, input }) => ({ id: plan.subscription_id, kind: "scheduled" as const, to: plan.option.plan, effective_at: plan.expires_at, asOf: input.asOf }))
    ).config({ name: "announce-plan-change-scheduled" })
  })

  when("plan-change-switch", { plan }, ({ plan }) => plan.mode === "switch").then(() => {
    switchPlanNowStep(transform({ plan, input }, ({ plan, input }) => ({ id: plan.subscription_id, option: plan.option, note: input.note, actor: input.actor, asOf: input.asOf })))
    announcePlanChangeStep(
      transform({ plan, input }, ({ plan, input }) => ({ id: plan.subscription_id, kind: "switched" as const, from: plan.from_plan, asOf: input.asOf }))
    ).config({ name: "announce-plan-switched" })
  })

  recordAdminActionStep(
    transform({ plan, input }, ({ plan, input }) =>
      input.actor.actor === "admin"
        ? {
            actor_type: "user" as const,
            actor_id: input.actor.actor_id ?? null,
            action: plan.mode === "switch" ? "subscription.plan_changed" : "subscription.plan_change_scheduled",
            resource_type: "subscription",
            resource_id: plan.subscription_id,
            customer_id: plan.customer_id,
            reason: input.note ?? null,
            data: { from: plan.from_plan, to: plan.option.plan, variant_id: plan.option.variant_id, mode: plan.mode },
          }
        : null
    )
  )

  return new WorkflowResponse(
    transform({ plan, cart }, ({ plan, cart }) => ({ id: plan.subscription_id, kind: plan.mode === "upgrade" ? ("upgrade" as const) : ("downgrade" as const), mode: plan.mode, cart_id: cart?.id ?? null }))
  )
})

/** Calls off a scheduled plan change (customer or admin). */
export const cancelScheduledPlanChangeWorkflow = createWorkflow(
  "cancel-scheduled-plan-change",
  (input: { id: string; customer_id?: string; actor: { actor: "customer" | "admin"; actor_id?: string | null }; asOf: Date }) => {
    const cancelled = cancelScheduledPlanChangeStep(input)
    recordAdminActionStep(
      transform({ cancelled, input }, ({ cancelled, input }) =>
        input.actor.actor === "admin"
          ? { actor_type: "user" as const, actor_id: input.actor.actor_id ?? null, action: "subscription.plan_change_cancelled", resource_type: "subscription", resource_id: cancelled.id, customer_id: null, reason: null, data: { to: cancelled.to } }
          : null
      )
    )
    announcePlanChangeStep(transform({ cancelled, input }, ({ cancelled, input }) => ({ id: cancelled.id, kind: "cancelled" as const, to: cancelled.to, asOf: input.asOf })))
    return new WorkflowResponse(cancelled)
  }
)
