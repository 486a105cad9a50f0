import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  announceSubscriptionChangeStep,
  changeSubscriptionStep,
  type ChangeSubscriptionStepInput,
  createRenewalCartStep,
  createSubscriptionsForOrderStep,
  notifySubscriptionsActivatedStep,
  runLifecyclePassStep,
} from "../steps"

/** order.placed → a subscription per service line (idempotent), renewal lines extend theirs. */
export const createSubscriptionsForOrderWorkflow = createWorkflow(
  "create-subscriptions-for-order",
  (input: { order_id: string; asOf: Date }) => {
    const result = createSubscriptionsForOrderStep(input)
    notifySubscriptionsActivatedStep(transform({ result }, ({ result }) => ({ ids: result.created })))
    return new WorkflowResponse(result)
  }
)

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

/** Daily 23:00: auto-renew what expires within a day. */
export const autoRenewSubscriptionsWorkflow = createWorkflow(
  "auto-renew-subscriptions",
  (input: { asOf: Date }) =>
    new WorkflowResponse(runLifecyclePassStep(transform({ input }, ({ input }) => ({ pass: "auto_renew" as const, asOf: input.asOf }))))
)

/** The whole daily lifecycle as of a date, in job order (test clock, demos). */
export const runSubscriptionLifecycleWorkflow = createWorkflow(
  "run-subscription-lifecycle",
  (input: { asOf: Date }) => {
    const renewals = runLifecyclePassStep(
      transform({ input }, ({ input }) => ({ pass: "auto_renew" as const, asOf: input.asOf }))
    ).config({ name: "lifecycle-auto-renew" })
    const reminders = runLifecyclePassStep(
      transform({ input }, ({ input }) => ({ pass: "reminders" as const, asOf: input.asOf }))
    ).config({ name: "lifecycle-reminders" })
    const suspensions = runLifecyclePassStep(
      transform({ input }, ({ input }) => ({ pass: "suspensions" as const, asOf: input.asOf }))
    ).config({ name: "lifecycle-suspensions" })
    return new WorkflowResponse(
      transform({ renewals, reminders, suspensions }, (d) => ({ ...d.renewals, ...d.reminders, ...d.suspensions }))
    )
  }
)

/** suspend / unsuspend / extend (admin), auto-renew on/off and cancel (customer or admin). */
export const changeSubscriptionWorkflow = createWorkflow(
  "change-subscription",
  (input: ChangeSubscriptionStepInput) => {
    const id = changeSubscriptionStep(input)
    announceSubscriptionChangeStep(transform({ id, input }, ({ id, input }) => ({ id, change: input.change, asOf: input.asOf })))
    return new WorkflowResponse(id)
  }
)

/** A cart with one more term of the subscription, for the customer to check out. */
export const createRenewalCartWorkflow = createWorkflow(
  "create-renewal-cart",
  (input: { id: string; customer_id: string; email?: string | null }) => new WorkflowResponse(createRenewalCartStep(input))
)
