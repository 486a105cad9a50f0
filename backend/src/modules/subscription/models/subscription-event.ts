import { model } from "@medusajs/framework/utils"
import Subscription from "./subscription"

/** The subscription's timeline; one row per thing that happened to it. */
const SubscriptionEvent = model
  .define("subscription_event", {
    id: model.id({ prefix: "subev" }).primaryKey(),
    subscription: model.belongsTo(() => Subscription, { mappedBy: "events" }),
    // created, activated, reminder_sent_7/3/1, renewed, renewal_failed, suspended, unsuspended,
    // extended, cancelled, expired, auto_renew_changed
    type: model.text().index("IDX_subscription_event_type"),
    // system, customer or admin
    actor: model.enum(["system", "customer", "admin"]).default("system"),
    // id of the customer or admin user who acted
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
    data: model.json().nullable(),
    occurred_at: model.dateTime(),
    // makes "at most once" facts (a reminder per period) hold even when two jobs race
    dedupe_key: model.text().unique("IDX_subscription_event_dedupe_key_unique").nullable(),
  })

export default SubscriptionEvent
