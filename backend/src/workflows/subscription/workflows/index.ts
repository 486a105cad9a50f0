import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  announceOrderPaymentStep,
  announceSubscriptionChangeStep,
  applyOrderPaymentStep,
  changeSubscriptionStep,
  type ChangeSubscriptionStepInput,
  createSubscriptionsForOrderStep,
  emitSubscriptionEventsStep,
  runLifecyclePassStep,
} from "../steps"
import { recordAdminActionStep } from "../../backoffice"

/**
 * order.placed → a `pending_payment` subscription per new service line
 * (idempotent); then whatever the order's payment already allows (a gateway
 * that captured at checkout activates at once; pay later waits for capture).
 */
export const createSubscriptionsForOrderWorkflow = createWorkflow(
  "create-subscriptions-for-order",
  (input: { order_id: string; asOf: Date }) => {
    const result = createSubscriptionsForOrderStep(input)
    const applied = applyOrderPaymentStep(input)
    announceOrderPaymentStep(applied)
    emitSubscriptionEventsStep(transform({ result }, ({ result }) => ({ name: "created", ids: result.created })))
    return new WorkflowResponse(transform({ result, applied }, ({ result, applied }) => ({ ...applied, created: result.created })))
  }
)

/**
 * The order's money is in (payment.captured, the admin's "Mark as paid", a
 * gateway's capture): activate, renew or switch the plan of its
 * subscriptions, each exactly once.
 */
export const applyOrderPaymentWorkflow = createWorkflow("apply-order-payment", (input: { order_id: string; asOf: Date }) => {
  const applied = applyOrderPaymentStep(input)
  announceOrderPaymentStep(applied)
  return new WorkflowResponse(applied)
})

/** Daily 00:00: 7/3/1-day expiry reminders, each at most once per period. */
export const sendSubscriptionRemindersWorkflow = createWorkflow(
  "send-subscription-reminders",
  (input: { asOf: Date }) =>
    new WorkflowResponse(runLifecyclePassStep(transform({ input }, ({ input }) => ({ pass: "reminders" as const, asOf: input.asOf }))))
)

/** Daily 00:30: lapsed past grace → suspended; cancelled at period end → cancelled. */
export const suspendLapsedSubscriptionsWorkflow = createWorkflow(
  "suspend-lapsed-subscriptions",
  (input: { asOf: Date }) =>
    new WorkflowResponse(runLifecyclePassStep(transform({ input }, ({ input }) => ({ pass: "suspensions" as const, asOf: input.asOf }))))
)

/** The reminders and suspensions passes of the daily lifecycle, in job order (the test clock runs them after the renewals). */
export const runSubscriptionLifecyclePassesWorkflow = createWorkflow(
  "run-subscription-lifecycle-passes",
  (input: { asOf: Date }) => {
    const reminders = runLifecyclePassStep(
      transform({ input }, ({ input }) => ({ pass: "reminders" as const, asOf: input.asOf }))
    ).config({ name: "lifecycle-reminders" })
    const suspensions = runLifecyclePassStep(
      transform({ input }, ({ input }) => ({ pass: "suspensions" as const, asOf: input.asOf }))
    ).config({ name: "lifecycle-suspensions" })
    return new WorkflowResponse(transform({ reminders, suspensions }, (d) => ({ ...d.reminders, ...d.suspensions })))
  }
)

const ADMIN_ACTION_NAMES = {
  suspend: "suspended",
  unsuspend: "unsuspended",
  extend: "extended",
  auto_renew: "auto_renew_changed",
  cancel: "cancelled",
} as const

/** suspend / unsuspend / extend (admin), auto-renew on/off and cancel (customer or admin). */
export const changeSubscriptionWorkflow = createWorkflow(
  "change-subscription",
  (input: ChangeSubscriptionStepInput) => {
    const changed = changeSubscriptionStep(input)
    const id = transform({ changed }, ({ changed }) => changed.id)
    recordAdminActionStep(
      transform({ changed, input }, ({ changed, input }) =>
        input.actor.actor === "admin"
          ? {
              actor_type: "user" as const,
              actor_id: input.actor.actor_id ?? null,
              action: `subscription.${ADMIN_ACTION_NAMES[input.change.action]}`,
              resource_type: "subscription",
              resource_id: changed.id,
              customer_id: changed.customer_id,
              reason: "reason" in input.change ? input.change.reason : "note" in input.change ? input.change.note ?? null : null,
              data: { change: input.change },
            }
          : null
      )
    )
    announceSubscriptionChangeStep(transform({ id, input }, ({ id, input }) => ({ id, change: input.change, asOf: input.asOf })))
    return new WorkflowResponse(id)
  }
)

export * from "./create-renewal-cart"
export * from "./auto-renew-subscription"
export * from "./cancel-overdue-subscription-order"
export * from "./change-subscription-plan"
