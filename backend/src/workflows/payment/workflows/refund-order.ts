import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { recordAdminActionsStep } from "../../backoffice"
import { announceSubscriptionChangesStep, changeSubscriptionsStep } from "../../subscription/steps/change-subscription"
import { refundSubscriptionChange, type SubscriptionRefundAction, validateOrderRefundStep } from "../steps/validate-order-refund"

export type RefundOrderWorkflowInput = {
  order_id: string
  payment_id?: string
  amount: number
  note?: string | null
  refund_reason_id?: string | null
  subscription_action: SubscriptionRefundAction
  /** why the subscriptions are cancelled/suspended (timeline, action log, suspension email) */
  reason?: string | null
  /** the admin user refunding */
  actor_id: string
  asOf: Date
}

const ACTION_LOG_NAMES = { cancel: "subscription.cancelled", suspend: "subscription.suspended" } as const

/**
 * An admin refunds (part of) an order's payment through Medusa's
 * refundPaymentWorkflow and may cancel at once or suspend the subscriptions
 * the order bought or renewed.
 *
 * Order matters: everything is checked first; the subscription changes and
 * the action log entries are written next (each undone if the refund fails,
 * so a failed refund leaves the subscriptions as they were); the refund
 * (money moves: can't be undone) comes after them, and the subscription
 * emails/events come last.
 */
export const refundOrderWorkflow = createWorkflow("refund-order", (input: RefundOrderWorkflowInput) => {
  const target = validateOrderRefundStep(input)
  const change = transform({ input, target }, ({ input, target }) =>
    refundSubscriptionChange(input.subscription_action, input.reason ?? input.note, target.display_id)
  )

  const changed = when("change-refunded-subscriptions", { change, target }, ({ change, target }) => !!change && target.subscription_ids.length > 0).then(
    () =>
      changeSubscriptionsStep(
        transform({ input, target, change }, ({ input, target, change }) => ({
          ids: target.subscription_ids,
          change: change!,
          actor: { actor: "admin" as const, actor_id: input.actor_id },
          asOf: input.asOf,
        }))
      )
  )

  recordAdminActionsStep(
    transform({ input, target, change, changed }, ({ input, target, change, changed }) => [
      {
        actor_type: "user" as const,
        actor_id: input.actor_id,
        action: "order.refunded",
        resource_type: "order",
        resource_id: target.order_id,
        customer_id: target.customer_id,
        reason: input.note ?? null,
        data: {
          payment_id: target.payment_id,
          amount: target.amount,
          currency_code: target.currency_code,
          subscription_action: input.subscription_action,
          subscription_ids: (changed ?? []).map((s) => s.id),
        },
      },
      ...(change && input.subscription_action !== "none"
        ? (changed ?? []).map((s) => ({
            actor_type: "user" as const,
            actor_id: input.actor_id,
            action: ACTION_LOG_NAMES[input.subscription_action as "cancel" | "suspend"],
            resource_type: "subscription",
            resource_id: s.id,
            customer_id: s.customer_id,
            reason: change.action === "suspend" ? change.reason : change.action === "cancel" ? change.note ?? null : null,
            data: { change, order_id: target.order_id, payment_id: target.payment_id },
          }))
        : []),
    ])
  )

  // money moves here: nothing after this may undo it
  refundPaymentWorkflow.runAsStep({
    input: transform({ input, target }, ({ input, target }) => ({
      payment_id: target.payment_id,
      amount: target.amount,
      created_by: input.actor_id,
      note: input.note ?? undefined,
      refund_reason_id: input.refund_reason_id ?? undefined,
    })),
  })

  when("announce-refunded-subscriptions", { change, changed }, ({ change, changed }) => !!change && !!changed?.length).then(() => {
    announceSubscriptionChangesStep(
      transform({ input, change, changed }, ({ input, change, changed }) => ({
        ids: changed!.map((s) => s.id),
        change: change!,
        asOf: input.asOf,
      }))
    )
  })

  return new WorkflowResponse(
    transform({ target, changed }, ({ target, changed }) => ({
      order_id: target.order_id,
      payment_id: target.payment_id,
      amount: target.amount,
      changed_subscription_ids: (changed ?? []).map((s) => s.id),
      skipped_subscription_ids: [
        ...target.skipped_subscription_ids,
        // found applicable but not changed: none, unless the check and the change disagree
        ...target.subscription_ids.filter((id) => !(changed ?? []).some((s) => s.id === id)),
      ],
    }))
  )
})
