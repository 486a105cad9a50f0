/**
 * How a domain event emitted during an admin request becomes an entry of the
 * admin action log. Medusa's events carry no actor, so the admin routes stamp
 * the events their workflows emit with the request (see
 * `api/admin/action-log-context.ts`); the `admin-action-log` subscriber turns
 * each stamped event into one entry with the names below.
 */

/** Where the admin request's stamp sits in an event's `metadata`. */
export const ADMIN_REQUEST_METADATA = "admin_request"

/** Who asked, from where, and which fields they sent (never their values). */
export type AdminRequestStamp = {
  actor_type: "user" | "api-key"
  actor_id: string
  ip: string | null
  method: string
  path: string
  fields: string[]
}

/**
 * Events whose workflows write a richer entry themselves (with the reason
 * typed), and events that are side effects of another entry (the email an
 * action queues, the chat message of a handover): not recorded again.
 */
const SELF_LOGGED = [
  /^customer\.(suspended|activated|verified|deleted_by_customer)$/,
  // the account workflows' events that carry a security notice or a code to the mailers
  // (an admin's 2FA reset is logged by its workflow as customer.2fa_reset)
  /^customer\.(registered_again|mfa_code_issued|phone_code_issued|password_changed|password_reset|mfa_enabled|recovery_codes_generated|mfa_disabled|mfa_reset)$/,
  /^subscription\./,
  /^impersonation\./,
  /^auth\./,
  // the refund workflow logs the refund (amount, payment) and each subscription it changed
  /^payment\./,
  /^refund\./,
  /^notification_log\.queued$/,
  /^invoice\./,
]

/** Our events named differently in the log (the names admins already filter by). */
const RENAMED: Record<string, { action: string; resource_type: string; resource_key?: "customer_id" }> = {
  // a note is filed under its customer when written, under itself afterwards
  "customer_note.created": { action: "customer.notes.created", resource_type: "customer", resource_key: "customer_id" },
  "customer_note.updated": { action: "note.updated", resource_type: "note" },
  "customer_note.deleted": { action: "note.deleted", resource_type: "note" },
  "customer.email_sent": { action: "customer.send_email", resource_type: "customer" },
  "customer.sms_sent": { action: "customer.send_sms", resource_type: "customer" },
  "blog_post.created": { action: "post.created", resource_type: "post" },
  "blog_post.updated": { action: "post.updated", resource_type: "post" },
  "blog_post.deleted": { action: "post.deleted", resource_type: "post" },
  "content_page.created": { action: "page.created", resource_type: "page" },
  "content_page.updated": { action: "page.updated", resource_type: "page" },
  "content_page.deleted": { action: "page.deleted", resource_type: "page" },
  "help_article.created": { action: "article.created", resource_type: "article" },
  "help_article.updated": { action: "article.updated", resource_type: "article" },
  "help_article.deleted": { action: "article.deleted", resource_type: "article" },
}

export type AdminEventAction = {
  action: string
  resource_type: string
  /** which id names the record: the event's own, or the customer it belongs to */
  resource_key: "id" | "customer_id"
}

/**
 * The log's name for an event, or null when the event is not logged from
 * here. Medusa's events name themselves (`product.updated`,
 * `product-category.created` → `product_category.created`).
 */
export function adminEventAction(eventName: string): AdminEventAction | null {
  if (SELF_LOGGED.some((pattern) => pattern.test(eventName))) {
    return null
  }
  const renamed = RENAMED[eventName]
  if (renamed) {
    return { action: renamed.action, resource_type: renamed.resource_type, resource_key: renamed.resource_key ?? "id" }
  }
  const action = eventName.replace(/-/g, "_")
  return { action, resource_type: action.split(".")[0], resource_key: "id" }
}

/** The admin request's stamp of an event's metadata, when it has one. */
export function adminRequestOf(metadata: unknown): AdminRequestStamp | null {
  const stamp = (metadata as Record<string, unknown> | undefined)?.[ADMIN_REQUEST_METADATA] as AdminRequestStamp | undefined
  return stamp?.actor_id ? stamp : null
}
