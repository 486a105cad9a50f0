import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { issueCreditNotesStep, type IssueCreditNotesStepInput } from "../steps"
import { createInvoiceWorkflow, INVOICE_CREATED_EVENT } from "./create-invoice"
import { refreshInvoiceStatusWorkflow } from "./refresh-invoice-status"

/** The payment as read below: its refunds and the order it belongs to (none for a payment outside an order). */
type CreditedPayment = IssueCreditNotesStepInput["payment"] & { payment_collection?: { order?: { id: string } | null } | null }

export type CreateCreditNotesWorkflowInput = { payment_id: string; asOf: Date | string }

/**
 * Credit notes for a refunded payment: one per refund that has none yet
 * (a replayed payment.refunded adds nothing), each with the next CN number of
 * the year and a reference to the order's invoice, which is issued first if
 * the order has none; the invoice turns refunded once refunds cover it.
 * invoice.created last, for each new credit note.
 */
export const createCreditNotesWorkflow = createWorkflow(
  "create-credit-notes",
  (input: CreateCreditNotesWorkflowInput) => {
    const { data: payments } = useQueryGraphStep({
      entity: "payment",
      fields: [
        "id",
        "refunds.id",
        "refunds.amount",
        "refunds.note",
        "refunds.created_at",
        "refunds.refund_reason.label",
        "payment_collection.order.id",
      ],
      filters: { id: input.payment_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "credited-payment" })
    const payment = transform({ payments }, ({ payments }): CreditedPayment => payments[0])
    const orderId = transform({ payment }, ({ payment }) => payment.payment_collection?.order?.id ?? null)

    // a payment that belongs to no order has nothing to credit
    const result = when("order-of-payment", { orderId }, ({ orderId }) => !!orderId).then(() => {
      const invoice = createInvoiceWorkflow.runAsStep({
        input: transform({ orderId, input }, ({ orderId, input }) => ({ order_id: orderId!, asOf: input.asOf })),
      })
      const notes = issueCreditNotesStep({ invoice, payment, asOf: input.asOf })
      refreshInvoiceStatusWorkflow.runAsStep({ input: transform({ orderId }, ({ orderId }) => ({ order_id: orderId! })) })
      return notes
    })

    when("emit-credit-notes-created", { result }, ({ result }) => !!result?.created_ids.length).then(() => {
      emitEventStep({
        eventName: INVOICE_CREATED_EVENT,
        data: transform({ result }, ({ result }) => result!.created_ids.map((id) => ({ id }))),
      }).config({ name: "emit-credit-notes-created-event" })
    })
    return new WorkflowResponse(transform({ result }, ({ result }) => result?.credit_notes ?? []))
  }
)
