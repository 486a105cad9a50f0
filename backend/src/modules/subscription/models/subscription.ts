import { model } from "@medusajs/framework/utils"
import SubscriptionEvent from "./subscription-event"

/** A bought cloud service: runs from one period to the next until it expires or is cancelled. */
const Subscription = model
  .define("subscription", {
    id: model.id({ prefix: "sub" }).primaryKey(),
    // sequence behind the human number SUB-<10000 + display_id>
    display_id: model.autoincrement(),
    status: model
      // pending_payment: bought, waiting for its payment; the term starts when it is captured
      .enum(["pending_payment", "active", "suspended", "cancelled", "expired"])
      .default("pending_payment")
      .index("IDX_subscription_status"),
    customer_id: model.text().index("IDX_subscription_customer_id"),
    // the order that created it and the line item it came from (idempotent creation)
    order_id: model.text().index("IDX_subscription_order_id"),
    line_item_id: model.text().unique("IDX_subscription_line_item_id_unique"),
    product_id: model.text().index("IDX_subscription_product_id"),
    variant_id: model.text(),
    region_id: model.text().index("IDX_subscription_region_id"),
    product_title: model.text(),
    plan: model.text(),
    currency_code: model.text(),
    // price of one term, tax excluded, major units
    amount: model.bigNumber(),
    billing_interval: model.enum(["day", "week", "month", "year"]).default("month"),
    billing_interval_count: model.number().default(1),
    started_at: model.dateTime(),
    current_period_start: model.dateTime(),
    expires_at: model.dateTime().index("IDX_subscription_expires_at"),
    auto_renew: model.boolean().default(false).index("IDX_subscription_auto_renew"),
    cancel_at_period_end: model.boolean().default(false),
    // days after expiry before an unpaid subscription is suspended
    grace_days: model.number().default(3),
    suspension_reason: model.text().nullable(),
    suspended_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    // saved payment method used for auto-renew (provider reference)
    payment_method_ref: model.text().nullable(),
    // while pending_payment: when the unpaid first order is cancelled (pay later's due date)
    payment_due_at: model.dateTime().index("IDX_subscription_payment_due_at").nullable(),
    // an order of this subscription waiting for its payment: { id, display_id, total, currency_code, due_at, kind }
    unpaid_order: model.json().nullable(),
    // the open renewal cart handed out by "Renew" (one per subscription)
    renewal_cart_id: model.text().nullable(),
    // a downgrade waiting for the next renewal: { variant_id, plan, amount, currency_code, billing_interval, billing_interval_count, effective_at }
    scheduled_change: model.json().nullable(),
    // an upgrade cart handed out, not yet paid: { variant_id, cart_id, nonce, amount }
    pending_upgrade: model.json().nullable(),
    // what was chosen at purchase (the line item's metadata.service_config): { location, os, hostname, ssh_key? } or { domain }
    service_config: model.json().nullable(),
    events: model.hasMany(() => SubscriptionEvent, { mappedBy: "subscription" }),
  })
  .cascades({ delete: ["events"] })

export default Subscription
