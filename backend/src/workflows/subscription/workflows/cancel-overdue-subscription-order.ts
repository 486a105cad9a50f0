import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { closeOverdueOrderStep, findOverdueOrderStep, notifyOverdueOrderStep } from "../steps"

/**
 * A pay-later order still unpaid after its due date is cancelled (Medusa's
 * cancelOrderWorkflow voids its authorization): a subscription waiting for
 * it to start is cancelled, a renewal simply lapses; the customer is emailed.
 * The subscription's change is undone if the order can't be cancelled.
 */
export const cancelOverdueSubscriptionOrderWorkflow = createWorkflow(
  "cancel-overdue-subscription-order",
  (input: { id: string; asOf: Date }) => {
    const found = findOverdueOrderStep(input)
    const closed = when("overdue-order-found", { found }, ({ found }) => !!found.order).then(() =>
      closeOverdueOrderStep(transform({ found, input }, ({ found, input }) => ({ ...found, asOf: input.asOf })))
    )
    when("overdue-order-still-open", { found }, ({ found }) => !!found.order && !found.order_cancelled).then(() => {
      cancelOrderWorkflow.runAsStep({ input: transform({ found }, ({ found }) => ({ order_id: found.order!.id })) })
    })
    // emailed last: sending can't be undone
    when("overdue-order-closed", { found }, ({ found }) => !!found.order).then(() => {
      notifyOverdueOrderStep(found)
    })
    return new WorkflowResponse(transform({ closed }, ({ closed }) => !!closed))
  }
)
