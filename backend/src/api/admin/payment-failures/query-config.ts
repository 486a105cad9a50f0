/** What the list shows of a failed or cancelled payment attempt. */
export const PAYMENT_FAILURE_FIELDS = [
  "id",
  "provider_id",
  "action",
  "payment_session_id",
  "payment_collection_id",
  "cart_id",
  "customer_id",
  "email",
  "amount",
  "currency_code",
  "code",
  "reason",
  "occurred_at",
]

export const listPaymentFailuresQueryConfig = {
  defaults: PAYMENT_FAILURE_FIELDS,
  isList: true,
  defaultLimit: 20,
}
