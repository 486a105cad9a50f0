/** What the "All payments" list shows of a payment (Medusa's payment with its captures and refunds). */
export const PAYMENT_OVERVIEW_FIELDS = [
  "id",
  "amount",
  "currency_code",
  "provider_id",
  "payment_collection_id",
  "captured_at",
  "canceled_at",
  "created_at",
  "captures.id",
  "captures.amount",
  "refunds.id",
  "refunds.amount",
  "refunds.created_at",
]

export const listPaymentsOverviewQueryConfig = {
  defaults: PAYMENT_OVERVIEW_FIELDS,
  isList: true,
  defaultLimit: 20,
}
