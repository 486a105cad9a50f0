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
import { recordAdminActionStep } from "../../backoffice"

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

/** A cart with one more term of the subscription, for the customer to check out. */
export const createRenewalCartWorkflow = createWorkflow(
  "create-renewal-cart",
  (input: { id: string; customer_id: string; email?: string | null }) => new WorkflowResponse(createRenewalCartStep(input))
)
