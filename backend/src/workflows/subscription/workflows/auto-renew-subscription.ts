import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  announceOrderPaymentStep,
  applyOrderPaymentStep,
  notifyRenewalIssuedStep,
  prepareAutoRenewalStep,
  recordRenewalFailedStep,
  recordRenewalIssuedStep,
} from "../steps"

/**
 * Auto-renew of one subscription, through Medusa's own cart workflows: a
 * renewal order for one term, charged off-session to the saved card (then it
 * is captured and the term is added at once), or, without a saved card,
 * issued unpaid with its invoice and a pay link — the term is added only
 * when it is paid. Holds the subscription's renewal lock and re-checks that
 * it is still due, so two workers or a replayed job renew it once.
 */
export const autoRenewSubscriptionWorkflow = createWorkflow("auto-renew-subscription", (input: { id: string; asOf: Date }) => {
  const lockKey = transform({ input }, ({ input }) => `subscription:${input.id}:renewal-cart`)
  acquireLockStep({ key: lockKey, timeout: 60, ttl: 120 })
  const prepared = prepareAutoRenewalStep(input)
  const result = when("auto-renew-due", { prepared }, ({ prepared }) => prepared.due).then(() => {
    const cart = createCartWorkflow.runAsStep({ input: transform({ prepared }, ({ prepared }) => prepared.cart) })
    const collection = createPaymentCollectionForCartWorkflow.runAsStep({
      input: transform({ cart }, ({ cart }) => ({ cart_id: cart.id })),
    })
    createPaymentSessionsWorkflow.runAsStep({
      input: transform({ collection, prepared }, ({ collection, prepared }) => ({
        payment_collection_id: (Array.isArray(collection) ? collection[0] : collection).id,
        provider_id: prepared.provider_id,
        customer_id: prepared.customer_id,
        data: {},
        context: prepared.context as Record<string, unknown> | undefined,
      })),
    })
    // the card is charged here: from this point the renewal order exists
    const order = completeCartWorkflow.runAsStep({ input: transform({ cart }, ({ cart }) => ({ id: cart.id })) })
    const issued = recordRenewalIssuedStep(
      transform({ prepared, order, input }, ({ prepared, order, input }) => ({ subscription_id: prepared.subscription_id, order_id: order.id, asOf: input.asOf }))
    )
    const applied = applyOrderPaymentStep(transform({ order, input }, ({ order, input }) => ({ order_id: order.id, asOf: input.asOf })))
    announceOrderPaymentStep(applied)
    notifyRenewalIssuedStep(transform({ prepared, issued }, ({ prepared, issued }) => ({ subscription_id: prepared.subscription_id, unpaid: issued.unpaid })))
    return transform({ order, issued }, ({ order, issued }) => ({ order_id: order.id, unpaid: !!issued.unpaid }))
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ result }, ({ result }) => result ?? null))
})

/** An auto-renewal that could not be placed or charged: timeline, email, event (once a day). */
export const recordRenewalFailedWorkflow = createWorkflow("record-renewal-failed", (input: { id: string; reason: string; asOf: Date }) => {
  return new WorkflowResponse(recordRenewalFailedStep(input))
})
