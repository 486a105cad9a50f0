import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { issueInvoiceStep, validateInvoiceableOrderStep } from "../steps"
import { ORDER_INVOICE_FIELDS, type InvoiceOrder } from "../utils/document"
import { ORDER_PAYMENT_FIELDS, orderPayments, paymentState, type OrderWithPayments } from "../utils/payment-state"

export const INVOICE_CREATED_EVENT = "invoice.created"

/** The order as read below: what the invoice prints, its draft flags and its payments. */
type InvoiceableOrder = InvoiceOrder & OrderWithPayments & { status?: string | null; is_draft_order?: boolean | null }

export type CreateInvoiceWorkflowInput = { order_id: string; asOf: Date | string }

/**
 * An order's invoice: issued once with the next INV number of the year; asking
 * again (a replayed order.placed, a download) returns the same invoice and
 * emits nothing. The invoice's status follows the order's payments (an order
 * paid at checkout is issued paid). invoice.created last, only for a new one.
 */
export const createInvoiceWorkflow = createWorkflow("create-invoice", (input: CreateInvoiceWorkflowInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: [...ORDER_INVOICE_FIELDS, "status", "is_draft_order", ...ORDER_PAYMENT_FIELDS],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "invoice-order" })
  // Query's generated types describe the whole model; the fields read here make this row
  const order = transform({ orders }, ({ orders }) => orders[0] as unknown as InvoiceableOrder)
  validateInvoiceableOrderStep({ order })
  const status = transform({ order }, ({ order }) => paymentState(orderPayments(order)).state)
  const result = issueInvoiceStep({ order, status, asOf: input.asOf })
  when("emit-invoice-created", { result }, ({ result }) => result.created).then(() => {
    emitEventStep({
      eventName: INVOICE_CREATED_EVENT,
      data: transform({ result }, ({ result }) => ({ id: result.invoice.id })),
    })
  })
  return new WorkflowResponse(transform({ result }, ({ result }) => result.invoice))
})
