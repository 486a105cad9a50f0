import { model } from "@medusajs/framework/utils"

/**
 * The admin action log: one row per thing an admin (or the system acting for
 * the business) did to a customer's account or services. Append-only.
 */
const AdminAction = model
  .define("admin_action", {
    id: model.id({ prefix: "aact" }).primaryKey(),
    // who acted: an admin user, or the system (a scheduled job)
    actor_type: model.enum(["user", "system"]).index("IDX_admin_action_actor_type"),
    // the admin user's id; null for the system
    actor_id: model.text().index("IDX_admin_action_actor_id").nullable(),
    // what was done, past tense: subscription.suspended, customer.2fa_reset, …
    action: model.text().index("IDX_admin_action_action"),
    // the record acted on
    resource_type: model.text(),
    resource_id: model.text().index("IDX_admin_action_resource_id"),
    // the customer the action concerns, when there is one (customer page filters by it)
    customer_id: model.text().index("IDX_admin_action_customer_id").nullable(),
    // the reason the admin typed (required for suspensions, 2FA resets, …)
    reason: model.text().nullable(),
    // anything else worth keeping (old/new values, counts, the request's method and path)
    data: model.json().nullable(),
    // the admin's client address (null for the system)
    ip: model.text().nullable(),
  })

export default AdminAction
