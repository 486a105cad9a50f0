import type { CustomerSummary, ListResponse } from "./common"

export type PaymentStatus = "authorized" | "captured" | "partially_refunded" | "refunded" | "canceled"

/** What both APIs show of a payment. */
type PaymentBase = {
  id: string
  amount: number
  currency_code: string
  provider_id: string
  status: PaymentStatus
  captured_at: string | null
  canceled_at: string | null
  created_at: string
}

// ---- store: GET /store/account/payments (the signed-in customer's orders only)

/** One payment of the signed-in customer's orders, with its refunds and its order's invoice. */
export type StorePayment = PaymentBase & {
  refunds: { id: string; amount: number; created_at: string }[]
  order: { id: string; display_id: number }
  invoice: { number: string | null; url: string }
}
export type StorePaymentListResponse = ListResponse<"payments", StorePayment>

// ---- admin: GET /admin/payments-overview, GET /admin/payment-failures

export type PaymentOrder = { id: string; display_id: number; email: string | null; customer_id: string | null; status: string }

export type AdminPayment = PaymentBase & {
  captured_amount: number
  refunded_amount: number
  order: PaymentOrder | null
  customer: CustomerSummary | null
}

/** A failed or cancelled gateway payment. */
export type AdminPaymentFailure = {
  id: string
  provider_id: string
  action: "failed" | "canceled"
  code: string | null
  reason: string | null
  amount: number | null
  currency_code: string | null
  email: string | null
  customer_id: string | null
  cart_id: string | null
  occurred_at: string
  order: PaymentOrder | null
  customer: CustomerSummary | null
}

export type AdminPaymentListResponse = ListResponse<"payments", AdminPayment>
export type AdminPaymentFailureListResponse = ListResponse<"payment_failures", AdminPaymentFailure>
