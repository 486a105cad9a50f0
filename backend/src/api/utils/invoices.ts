import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"
import { createInvoiceWorkflow } from "../../workflows/invoice"
import { invoicePdf } from "../../workflows/invoice/utils/printable"

/** What lists and the admin widget show of an invoice or credit note. */
export const INVOICE_FIELDS = [
  "id",
  "order_id",
  "kind",
  "status",
  "number",
  "year",
  "sequence",
  "invoice_id",
  "refund_id",
  "payment_id",
  "currency_code",
  "subtotal",
  "tax_total",
  "total",
  "issued_at",
] as const

/** The order, when it exists (and belongs to `customerId` when given); anything else is a 404. */
export async function assertOrder(scope: MedusaContainer, orderId: string, customerId?: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: customerId ? { id: orderId, customer_id: customerId } : { id: orderId },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  return data[0]
}

/** The order's invoice PDF; an order placed before invoices existed gets its invoice now. */
export async function orderInvoicePdf(scope: MedusaContainer, orderId: string) {
  const invoices: InvoiceModuleService = scope.resolve(INVOICE_MODULE)
  const [existing] = await invoices.listInvoices({ order_id: orderId, kind: "invoice" }, { select: ["id"] })
  if (existing) {
    return await invoicePdf(scope, existing.id)
  }
  const { result } = await createInvoiceWorkflow(scope).run({ input: { order_id: orderId, asOf: new Date() } })
  return await invoicePdf(scope, result.id)
}

/** A credit note PDF of the order (404 for any other id). */
export async function orderCreditNotePdf(scope: MedusaContainer, orderId: string, creditNoteId: string) {
  const invoices: InvoiceModuleService = scope.resolve(INVOICE_MODULE)
  const [note] = await invoices.listInvoices({ id: creditNoteId, order_id: orderId, kind: "credit_note" }, { select: ["id"] })
  if (!note) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Credit note with id: ${creditNoteId} was not found`)
  }
  return await invoicePdf(scope, note.id)
}

/** Sends a PDF as a download named after the document number. */
export function sendPdf(_req: MedusaRequest, res: MedusaResponse, pdf: { filename: string; content: Buffer }) {
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${pdf.filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`)
  res.setHeader("Content-Length", String(pdf.content.length))
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).end(pdf.content)
}
