import type { QueueNotificationInput } from "./prepare"

const METHOD_NAMES: Record<string, string> = {
  totp: "An authenticator app",
  email_otp: "Email sign-in codes",
  sms_otp: "SMS sign-in codes",
  recovery_code: "A recovery code",
}

const formatWhen = (at: Date) => at.toISOString().replace("T", " ").slice(0, 16) + " UTC"

/** A security history entry, as Query reads it. */
export type SecurityEventRecord = {
  id: string
  type: string
  ip?: string | null
  data?: Record<string, unknown> | null
  created_at: Date | string
}

/**
 * The email a security history entry calls for, or null. Each is keyed by
 * the entry, so a replayed event sends nothing twice; the time shown is the
 * entry's.
 */
export function securityNotice(
  input: { customer_id: string; email?: string | null },
  event: SecurityEventRecord | null
): QueueNotificationInput | null {
  if (!event) {
    return null
  }
  const customer_id = input.customer_id
  const data = event.data ?? {}
  const alert = (action: string, title: string, message: string) => ({
    template: "security_alert",
    customer_id,
    idempotency_key: `security_alert:${customer_id}:${action}:${event.id}`,
    data: { title, message, when: formatWhen(new Date(event.created_at)), ip: event.ip ?? null },
  })
  switch (event.type) {
    case "password_changed":
      return alert("password", "Your password was changed", "The password of your account was changed.")
    case "password_reset":
      return alert("reset", "Your password was reset", "A password reset link was used to set a new password.")
    case "mfa_enabled":
      return alert(
        `mfa_enabled:${data.method ?? null}`,
        "Two-step sign-in turned on",
        `${METHOD_NAMES[String(data.method ?? "")] ?? "A second factor"} now protects your account.`
      )
    case "recovery_codes_generated":
      return alert("recovery", "New recovery codes", "New recovery codes were created; the old ones no longer work.")
    case "mfa_disabled": {
      const methods = (data.methods as string[] | undefined) ?? []
      return alert(
        "mfa_disabled",
        "A second factor was turned off",
        `${methods.map((m) => METHOD_NAMES[m] ?? m).join(", ")} no longer protect${methods.length > 1 ? "" : "s"} your account.`
      )
    }
    case "mfa_reset":
      return alert(
        "mfa_reset",
        "Two-step sign-in was reset by support",
        "Support turned off the second factors of your account at your request. Sign in and turn them on again."
      )
    case "suspended":
      return {
        template: "account_suspended",
        customer_id,
        idempotency_key: `account_suspended:${customer_id}:${event.id}`,
        data: { reason: data.reason },
      }
    case "account_deleted":
      // the record is anonymised by now: the old address comes with the event
      return input.email
        ? { template: "account_deleted", to: input.email, customer_id, idempotency_key: `account_deleted:${customer_id}` }
        : null
    default:
      return null
  }
}
