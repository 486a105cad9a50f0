import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { INVOICE_MODULE } from "../../../modules/invoice"
import { isPayLater, payLaterConfig, payLaterDueAt, type PayLaterConfig } from "../../../lib/pay-later"
import { formatMoney, renderInvoicePdf, type PrintableDocument } from "../../../modules/invoice/pdf"
import type InvoiceModuleService from "../../../modules/invoice/service"
import { ORDER_PAYMENT_FIELDS, orderPayments, paymentState, type OrderWithPayments, type StatePayment } from "./payment-state"

type Payment = StatePayment

const PROVIDER_LABELS: [RegExp, string][] = [
  [/^pp_stripe/, "Card (Stripe)"],
  [/^pp_paypal/, "PayPal"],
  [/^pp_razorpay/, "Razorpay"],
  [/^pp_system/, "Manual payment"],
]

/** A payment provider id as a customer reads it: pp_stripe_stripe → "Card (Stripe)", pay later → "Bank transfer". */
export function paymentMethodLabel(providerId?: string | null): string | null {
  if (!providerId) {
    return null
  }
  if (isPayLater(providerId)) {
    return "Bank transfer"
  }
  return PROVIDER_LABELS.find(([re]) => re.test(providerId))?.[1] ?? providerId.replace(/^pp_/, "")
}

/**
 * Paid status and method of an order's payments, as printed on its invoice.
 * Until money is captured the invoice is UNPAID with the date payment is due
 * (the pay-later term from the order's date) and, for a bank transfer, how
 * to pay.
 */
export function paymentSummary(
  payments: Payment[],
  currency: string,
  locale: string,
  placedAt: Date | string,
  config: PayLaterConfig = payLaterConfig()
): PrintableDocument["payment"] {
  const { state, refunded, providerId } = paymentState(payments)
  const method = paymentMethodLabel(providerId)
  if (state === "refunded") {
    return { state, status: "Refunded", method }
  }
  if (state === "paid") {
    return { state, status: refunded > 0 ? `Paid, ${formatMoney(refunded, currency, locale)} refunded` : "Paid", method }
  }
  return {
    state: "unpaid",
    status: "Unpaid",
    method,
    due_at: payLaterDueAt(placedAt, config),
    instructions: isPayLater(providerId) ? config.instructions : null,
  }
}

/**
 * An issued invoice or credit note as printed now: its record as issued, the
 * current paid status and method of the order's payments, and (invoices)
 * the credit notes issued against it.
 */
export async function loadPrintableDocument(container: MedusaContainer, id: string): Promise<PrintableDocument> {
  const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
  const [invoice] = await invoices.listInvoices({ id })
  if (!invoice) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice with id: ${id} was not found`)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "created_at",
      ...ORDER_PAYMENT_FIELDS,
    ],
    filters: { id: invoice.order_id },
  })
  const order: (OrderWithPayments & { created_at?: Date | string | null }) | undefined = orders[0]
  const payments = orderPayments(order)
  const common = {
    number: invoice.number,
    issued_at: invoice.issued_at,
    currency_code: invoice.currency_code,
    locale: invoice.locale,
    subtotal: Number(invoice.subtotal),
    tax_total: Number(invoice.tax_total),
    total: Number(invoice.total),
    lines: invoice.lines,
    seller: invoice.seller,
    buyer: invoice.buyer,
  }
  if (invoice.kind === "credit_note") {
    const [credited] = invoice.invoice_id ? await invoices.listInvoices({ id: invoice.invoice_id }) : []
    const payment = payments.find((p) => p.id === invoice.payment_id)
    return {
      ...common,
      kind: "credit_note",
      invoice_number: credited?.number ?? null,
      payment: { status: "Refunded to the original payment method", method: paymentMethodLabel(payment?.provider_id) },
    }
  }
  const notes = await invoices.listInvoices({ invoice_id: invoice.id, kind: "credit_note" }, { order: { sequence: "ASC" } })
  return {
    ...common,
    kind: "invoice",
    payment: paymentSummary(payments, invoice.currency_code, invoice.locale, order?.created_at ?? invoice.issued_at),
    credit_notes: notes.map((n) => ({ number: n.number, total: Number(n.total), issued_at: n.issued_at })),
  }
}

/** The PDF of an issued invoice or credit note, with its file name. */
export async function invoicePdf(container: MedusaContainer, id: string): Promise<{ filename: string; content: Buffer }> {
  const doc = await loadPrintableDocument(container, id)
  return { filename: `${doc.number}.pdf`, content: await renderInvoicePdf(doc) }
}
