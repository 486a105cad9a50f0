import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { setInvoiceStatusStep } from "../steps"
import { ORDER_PAYMENT_FIELDS, orderPayments, paymentState, type OrderWithPayments } from "../utils/payment-state"

export type RefreshInvoiceStatusWorkflowInput = { order_id: string }

/**
 * The order's invoice takes the state of its payments: paid once captured,
 * refunded once refunds (or credit notes) cover it, unpaid otherwise.
 * Recomputed from the payments each time, so replayed payment events change
 * nothing.
 */
export const refreshInvoiceStatusWorkflow = createWorkflow(
  "refresh-invoice-status",
  (input: RefreshInvoiceStatusWorkflowInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", ...ORDER_PAYMENT_FIELDS],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "invoice-status-order" })
    const payment_state = transform({ orders }, ({ orders }) => {
      const order: OrderWithPayments = orders[0]
      return paymentState(orderPayments(order)).state
    })
    const invoice = setInvoiceStatusStep({ order_id: input.order_id, payment_state })
    return new WorkflowResponse(invoice)
  }
)
