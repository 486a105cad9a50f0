import type { IssueDocumentInput, Seller } from "../../../modules/invoice/service"
import type { DocumentBuyer, DocumentLine } from "../../../modules/invoice/types"

/** The order as read with Query for an invoice (see ORDER_INVOICE_FIELDS). */
export type InvoiceOrder = {
  id: string
  display_id?: number | null
  email?: string | null
  currency_code: string
  created_at?: string | Date | null
  region?: { countries?: ({ iso_2?: string | null } | null)[] | null } | null
  customer?: { first_name?: string | null; last_name?: string | null; email?: string | null } | null
  billing_address?: Address | null
  items?: (OrderItem | null)[] | null
  subtotal?: unknown
  discount_total?: unknown
  tax_total?: unknown
  total?: unknown
}

/** An order's billing address: the buyer's address fields plus the name in two parts. */
type Address = Pick<
  DocumentBuyer,
  "company" | "address_1" | "address_2" | "city" | "province" | "postal_code" | "country_code" | "phone"
> & { first_name?: string | null; last_name?: string | null }

type OrderItem = {
  id: string
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  quantity?: unknown
  unit_price?: unknown
  subtotal?: unknown
  discount_total?: unknown
  tax_total?: unknown
  total?: unknown
  tax_lines?: ({ rate?: unknown; code?: string | null } | null)[] | null
}

/** Fields Query reads for an invoice: identity, buyer, lines with tax, totals. */
export const ORDER_INVOICE_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "created_at",
  "region.countries.iso_2",
  "customer.first_name",
  "customer.last_name",
  "customer.email",
  "billing_address.*",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.discount_total",
  "items.tax_total",
  "items.total",
  "items.tax_lines.rate",
  "items.tax_lines.code",
  "subtotal",
  "discount_total",
  "tax_total",
  "total",
]

/** One printed line of a document (as the invoice module stores it). */
export type InvoiceLine = DocumentLine

/** Locales whose number format a country's customers expect. */
const COUNTRY_LOCALES: Record<string, string> = {
  us: "en-US",
  ca: "en-CA",
  gb: "en-GB",
  ie: "en-IE",
  in: "en-IN",
  de: "de-DE",
  at: "de-AT",
  ch: "de-CH",
  fr: "fr-FR",
  be: "fr-BE",
  nl: "nl-NL",
  es: "es-ES",
  it: "it-IT",
  pt: "pt-PT",
  au: "en-AU",
}

/** The locale amounts are printed in for a country (ISO 3166 alpha-2). */
export function localeForCountry(country?: string | null): string {
  const code = (country ?? "").toLowerCase()
  if (COUNTRY_LOCALES[code]) {
    return COUNTRY_LOCALES[code]
  }
  if (/^[a-z]{2}$/.test(code)) {
    const candidate = `en-${code.toUpperCase()}`
    if (Intl.NumberFormat.supportedLocalesOf([candidate]).length) {
      return candidate
    }
  }
  return "en-US"
}

/** Digits after the decimal point of a currency (2 for EUR, 0 for JPY). */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

export function roundMoney(value: number, currency: string): number {
  const factor = 10 ** currencyDecimals(currency)
  return Math.round((value + Number.EPSILON) * factor) / factor
}

const num = (value: unknown): number => {
  if (value === null || value === undefined) {
    return 0
  }
  if (typeof value === "object" && value !== null && "numeric" in value) {
    return Number((value as { numeric: unknown }).numeric)
  }
  return Number(value)
}

function buyerOf(order: InvoiceOrder) {
  const a = order.billing_address ?? {}
  const name =
    [a.first_name, a.last_name].filter(Boolean).join(" ") ||
    [order.customer?.first_name, order.customer?.last_name].filter(Boolean).join(" ") ||
    null
  const country = (a.country_code ?? order.region?.countries?.[0]?.iso_2 ?? null)?.toLowerCase() ?? null
  return {
    name,
    company: a.company || null,
    address_1: a.address_1 || null,
    address_2: a.address_2 || null,
    city: a.city || null,
    province: a.province || null,
    postal_code: a.postal_code || null,
    country_code: country,
    phone: a.phone || null,
    email: order.email ?? order.customer?.email ?? null,
  }
}

function linesOf(order: InvoiceOrder): InvoiceLine[] {
  const currency = order.currency_code
  return (order.items ?? [])
    .filter((i): i is OrderItem => !!i)
    .map((item) => {
      const quantity = num(item.quantity)
      const taxTotal = num(item.tax_total)
      const total = num(item.total)
      const rates = (item.tax_lines ?? []).map((t) => num(t?.rate))
      return {
        title: item.product_title || item.title || "Item",
        plan: item.variant_title || null,
        quantity,
        unit_price: num(item.unit_price),
        subtotal: roundMoney(total - taxTotal, currency),
        tax_rate: rates.length ? rates.reduce((a, b) => a + b, 0) : null,
        tax_total: taxTotal,
        total,
      }
    })
}

/** An order's invoice as issued: lines with tax, totals, seller and buyer copied now. */
export function invoiceDocument(order: InvoiceOrder, seller: Seller, issuedAt: Date): IssueDocumentInput {
  const buyer = buyerOf(order)
  const total = num(order.total)
  const tax = num(order.tax_total)
  return {
    kind: "invoice",
    order_id: order.id,
    currency_code: order.currency_code,
    subtotal: roundMoney(total - tax, order.currency_code),
    tax_total: tax,
    total,
    lines: linesOf(order),
    seller: { ...seller },
    buyer: { ...buyer, order_display_id: order.display_id ?? null, order_date: order.created_at ?? null },
    locale: localeForCountry(buyer.country_code),
    issued_at: issuedAt,
  }
}

export type CreditedRefund = {
  id: string
  amount: unknown
  note?: string | null
  refund_reason?: { label?: string | null } | null
}

/**
 * A credit note for one refund: the refunded amount (tax included), with the
 * tax share of the invoice it corrects, referring to that invoice.
 */
export function creditNoteDocument(
  invoice: {
    id: string
    number: string
    order_id: string
    currency_code: string
    total: unknown
    tax_total: unknown
    buyer: unknown
    locale: string
    lines?: unknown
  },
  refund: CreditedRefund,
  paymentId: string,
  seller: Seller,
  issuedAt: Date
): IssueDocumentInput {
  const currency = invoice.currency_code
  const amount = roundMoney(num(refund.amount), currency)
  const invoiceTotal = num(invoice.total)
  const share = invoiceTotal > 0 ? num(invoice.tax_total) / invoiceTotal : 0
  const tax = roundMoney(amount * share, currency)
  const lines = (invoice.lines as InvoiceLine[] | undefined) ?? []
  const rates = [...new Set(lines.map((l) => l.tax_rate).filter((r): r is number => r !== null))]
  const reason = refund.refund_reason?.label || refund.note || null
  return {
    kind: "credit_note",
    order_id: invoice.order_id,
    invoice_id: invoice.id,
    refund_id: refund.id,
    payment_id: paymentId,
    currency_code: currency,
    subtotal: roundMoney(amount - tax, currency),
    tax_total: tax,
    total: amount,
    lines: [
      {
        title: `Refund on invoice ${invoice.number}`,
        plan: reason,
        quantity: 1,
        unit_price: roundMoney(amount - tax, currency),
        subtotal: roundMoney(amount - tax, currency),
        tax_rate: rates.length === 1 ? rates[0] : null,
        tax_total: tax,
        total: amount,
      },
    ],
    seller: { ...seller },
    buyer: invoice.buyer as DocumentBuyer,
    locale: invoice.locale,
    issued_at: issuedAt,
  }
}
