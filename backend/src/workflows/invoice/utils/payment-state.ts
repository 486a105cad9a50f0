/** An invoice's payment state: what the admin filters by and the PDF prints. */
export type InvoicePaymentState = "unpaid" | "paid" | "refunded"

export type StatePayment = {
  id: string
  provider_id?: string | null
  amount?: unknown
  captured_at?: string | Date | null
  canceled_at?: string | Date | null
  captures?: ({ amount?: unknown } | null)[] | null
  refunds?: ({ amount?: unknown } | null)[] | null
}

/** The order fields the payment state is read from (query.graph on "order"). */
export const ORDER_PAYMENT_FIELDS = [
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.refunds.amount",
] as const

const sum = (values: ({ amount?: unknown } | null)[] | null | undefined) =>
  (values ?? []).reduce((total, v) => total + Number(v?.amount ?? 0), 0)

/** An order as read with ORDER_PAYMENT_FIELDS. */
export type OrderWithPayments = { payment_collections?: ({ payments?: (StatePayment | null)[] | null } | null)[] | null }

/** The payments of an order as read with ORDER_PAYMENT_FIELDS. */
export const orderPayments = (order: OrderWithPayments | null | undefined) =>
  (order?.payment_collections ?? []).flatMap((pc) => pc?.payments ?? []).filter((p): p is StatePayment => !!p)

/**
 * Paid once money is captured, refunded once refunds cover all of it,
 * unpaid before (canceled payments count for nothing).
 */
export function paymentState(payments: StatePayment[]) {
  const live = payments.filter((p) => !p.canceled_at)
  const captured = live.filter((p) => p.captured_at || sum(p.captures) > 0)
  const capturedAmount = captured.reduce((t, p) => t + (sum(p.captures) || Number(p.amount ?? 0)), 0)
  const refunded = live.reduce((t, p) => t + sum(p.refunds), 0)
  const providerId = (captured[0] ?? live[0])?.provider_id ?? null
  const state: InvoicePaymentState = capturedAmount > 0 ? (refunded >= capturedAmount ? "refunded" : "paid") : "unpaid"
  return { state, capturedAmount, refunded, providerId }
}
