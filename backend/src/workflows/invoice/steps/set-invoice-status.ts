import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InvoicePaymentState } from "../utils/payment-state"
import { invoiceService } from "./service"

export type SetInvoiceStatusStepInput = { order_id: string; payment_state: InvoicePaymentState }

type Prior = { id: string; status: InvoicePaymentState | null } | null

/**
 * Stores the payment state on the order's invoice: the state of its payments,
 * or refunded once its credit notes cover the whole invoice. Writes only a
 * change (a replayed event leaves the row untouched); an order without an
 * invoice yet is skipped (the invoice takes the state when it is issued).
 * Compensation restores the prior status.
 */
export const setInvoiceStatusStep = createStep(
  "set-invoice-status",
  async (input: SetInvoiceStatusStepInput, { container }) => {
    const invoices = invoiceService(container)
    const [invoice] = await invoices.listInvoices({ order_id: input.order_id, kind: "invoice" }, { take: 1 })
    if (!invoice) {
      return new StepResponse(null, null as Prior)
    }
    const notes = await invoices.listInvoices({ invoice_id: invoice.id, kind: "credit_note" }, { select: ["id", "total"] })
    const credited = notes.reduce((t, n) => t + Number(n.total), 0)
    const total = Number(invoice.total)
    const status: InvoicePaymentState = total > 0 && credited >= total ? "refunded" : input.payment_state
    if (invoice.status === status) {
      return new StepResponse({ id: invoice.id, status }, null as Prior)
    }
    await invoices.updateInvoices({ id: invoice.id, status })
    return new StepResponse({ id: invoice.id, status }, { id: invoice.id, status: (invoice.status ?? null) as InvoicePaymentState | null })
  },
  async (prior, { container }) => {
    if (prior) {
      await invoiceService(container).updateInvoices({ id: prior.id, status: prior.status })
    }
  }
)
