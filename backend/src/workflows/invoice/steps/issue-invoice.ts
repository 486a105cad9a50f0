import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invoiceDocument, type InvoiceOrder } from "../utils/document"
import { invoiceService } from "./service"

export type IssueInvoiceStepInput = { order: InvoiceOrder; asOf: Date | string }

/**
 * The order's invoice with the next INV number of the year, or the one it
 * already has. Compensation withdraws a number it issued (only while it is
 * still the newest, so the sequence keeps no gap).
 */
export const issueInvoiceStep = createStep(
  "issue-invoice",
  async (input: IssueInvoiceStepInput, { container }) => {
    const invoices = invoiceService(container)
    const result = await invoices.issueDocument(invoiceDocument(input.order, invoices.seller, new Date(input.asOf)))
    return new StepResponse(result, result.created ? (result.invoice.id as string) : null)
  },
  async (createdId, { container }) => {
    if (createdId) {
      await invoiceService(container).withdrawDocument(createdId)
    }
  }
)
