import { model } from "@medusajs/framework/utils"
import ImpersonationEvent from "./impersonation-event"

/**
 * "View as customer": one admin looking at the storefront as one customer,
 * read-only, for a limited time. Kept for audit; never deleted.
 */
const ImpersonationSession = model
  .define("impersonation_session", {
    id: model.id({ prefix: "imps" }).primaryKey(),
    // the admin user who started it
    user_id: model.text().index("IDX_impersonation_session_user_id"),
    // the customer being viewed
    customer_id: model.text().index("IDX_impersonation_session_customer_id"),
    // why support needed to look (at least 10 characters, required)
    reason: model.text(),
    // active until ended by the admin or the storefront's "End session", or until expires_at
    status: model.enum(["active", "ended", "expired"]).default("active").index("IDX_impersonation_session_status"),
    started_at: model.dateTime().index("IDX_impersonation_session_started_at"),
    // the token's expiry (at most 30 minutes after started_at); the expiry job looks by it
    expires_at: model.dateTime().index("IDX_impersonation_session_expires_at"),
    ended_at: model.dateTime().nullable(),
    // ended_at − started_at, in whole seconds
    duration_seconds: model.number().nullable(),
    // how it ended: admin (dashboard), storefront (banner's "End session") or expiry
    ended_by: model.enum(["admin", "storefront", "expiry"]).nullable(),
    // the admin's client address and browser when starting
    ip: model.text().nullable(),
    user_agent: model.text().nullable(),
    events: model.hasMany(() => ImpersonationEvent, { mappedBy: "session" }),
  })
  .cascades({ delete: ["events"] })

export default ImpersonationSession
