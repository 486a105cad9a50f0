import { model } from "@medusajs/framework/utils"
import ImpersonationSession from "./impersonation-session"

/**
 * A session's timeline: every store request made with its token, the
 * storefront pages viewed, and the admin's notes. Append-only.
 */
const ImpersonationEvent = model
  .define("impersonation_event", {
    id: model.id({ prefix: "impev" }).primaryKey(),
    session: model.belongsTo(() => ImpersonationSession, { mappedBy: "events" }),
    // request: a store/auth API call made with the token; page_view: a storefront page shown
    // (reported by the storefront's banner); note: something the admin wrote down
    kind: model.enum(["request", "page_view", "note"]).index("IDX_impersonation_event_kind"),
    // the request's HTTP method and path (no query string), or the storefront page's path; null for notes
    method: model.text().nullable(),
    path: model.text().nullable(),
    // the answer's status (403 for a refused write, 401 after the session ended)
    status_code: model.number().nullable(),
    // when it happened
    at: model.dateTime().index("IDX_impersonation_event_at"),
    // the note's text and the admin user who wrote it; null for requests
    note: model.text().nullable(),
    author_id: model.text().nullable(),
  })

export default ImpersonationEvent
