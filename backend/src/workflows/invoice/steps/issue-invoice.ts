import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invoiceDocument, type InvoiceOrder } from "../utils/document"
import type { InvoicePaymentState } from "../utils/payment-state"
import { invoiceService } from "./service"

export type IssueInvoiceStepInput = { order: InvoiceOrder; status: InvoicePaymentState; asOf: Date | string }

/**
 * The order's invoice with the next INV number of the year, issued with the
 * payment state of its order, or the one it already has (unchanged). Compensation withdraws a number it issued (only while it is
 * still the newest, so the sequence keeps no gap).
 */
export const issueInvoiceStep = createStep(
  "issue-invoice",
  async (input: IssueInvoiceStepInput, { container }) => {
    const invoices = invoiceService(container)
    const result = await invoices.issueDocument({
      ...invoiceDocument(input.order, invoices.seller, new Date(input.asOf)),
      status: input.status,
    })
    return new StepResponse(result, result.created ? (result.invoice.id as string) : null)
  },
  async (createdId, { container }) => {
    if (createdId) {
      await invoiceService(container).withdrawDocument(createdId)
    }
  }
)
