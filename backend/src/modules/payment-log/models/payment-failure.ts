import { model } from "@medusajs/framework/utils"

/**
 * A payment that a gateway reported as failed or cancelled (Medusa's own
 * webhook handler ignores those actions). One row per provider event: the
 * unique `event_key` (the gateway's event id, or a hash of the signed body)
 * makes replays of the same webhook a no-op.
 */
const PaymentFailure = model
  .define("payment_failure", {
    id: model.id({ prefix: "payfail" }).primaryKey(),
    // the gateway's event id (Stripe `evt_…`, PayPal `WH-…`, Razorpay event id) or `sha256:<hash of the raw body>`
    event_key: model.text().unique("IDX_payment_failure_event_key"),
    // Medusa's provider id, e.g. pp_stripe_stripe
    provider_id: model.text(),
    action: model.enum(["failed", "canceled"]),
    payment_session_id: model.text().index("IDX_payment_failure_session"),
    payment_collection_id: model.text().nullable(),
    cart_id: model.text().index("IDX_payment_failure_cart").nullable(),
    customer_id: model.text().index("IDX_payment_failure_customer").nullable(),
    email: model.text().nullable(),
    amount: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    // the gateway's decline code and message when it gives one (e.g. card_declined: Your card was declined.)
    code: model.text().nullable(),
    reason: model.text().nullable(),
    // when the gateway reported it; the weekly cleanup deletes failures older than their retention
    occurred_at: model.dateTime().index("IDX_payment_failure_occurred_at"),
  })

export default PaymentFailure
