import type { ListResponse } from "./common"

/** How an order is being paid (`GET /store/orders/:id/payment`, `GET /admin/orders/:id/payment`). */
export type OrderPayment = {
  status: "awaiting_payment" | "paid" | "cancelled"
  method: "pay_later" | "card" | "paypal" | "razorpay" | "other"
  provider_id: string | null
  /** pay later, while unpaid */
  due_at: string | null
  /** pay later's bank details, while unpaid */
  instructions: string | null
  total: number
  currency_code: string
}
export type OrderPaymentResponse = { payment: OrderPayment }

/** A credit note of the customer's own order (`GET /store/orders/:id/credit-notes`, oldest first). */
export type StoreCreditNote = {
  id: string
  number: string
  currency_code: string
  subtotal: number
  tax_total: number
  total: number
  issued_at: string
}
export type StoreCreditNoteListResponse = { credit_notes: StoreCreditNote[]; count: number }

/** An invoice or credit note as `GET /admin/invoices` lists it. */
export type InvoiceDocument = {
  id: string
  order_id: string
  kind: "invoice" | "credit_note"
  /** invoices: the order's payment state (null on credit notes) */
  status: "unpaid" | "paid" | "refunded" | null
  number: string
  invoice_id: string | null
  refund_id: string | null
  currency_code: string
  subtotal: number
  tax_total: number
  total: number
  issued_at: string
  /** with `fields=…,order.display_id,order.email,order.customer_id` (the Invoices page) */
  order?: { id: string; display_id: number; email: string | null; customer_id: string | null } | null
}
export type AdminInvoiceListResponse = ListResponse<"invoices", InvoiceDocument>
