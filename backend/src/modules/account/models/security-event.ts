import { model } from "@medusajs/framework/utils"

/**
 * The account's security history: every code sent or tried, sign-in,
 * factor and password change. Append-only; shown to the customer and admins.
 */
const SecurityEvent = model
  .define("security_event", {
    id: model.id({ prefix: "secev" }).primaryKey(),
    // the customer, when known (a failed sign-in for an unknown email has none)
    customer_id: model.text().index("IDX_security_event_customer_id").nullable(),
    // Medusa auth identity the event concerns
    auth_identity_id: model.text().index("IDX_security_event_auth_identity_id").nullable(),
    // code_sent, code_failed, email_verified, login_succeeded, login_failed, locked, mfa_enabled, …
    type: model.text().index("IDX_security_event_type"),
    // client address and agent of the request that caused it (null for admin/system actions)
    ip: model.text().nullable(),
    user_agent: model.text().nullable(),
    // details: method, admin user id, reason, …
    data: model.json().nullable(),
  })

export default SecurityEvent
