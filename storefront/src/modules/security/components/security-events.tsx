import type { SecurityEvent } from "@lib/data/security"
import { formatDateTime } from "@lib/util/dates"
import { methodLabel } from "../labels"

const EVENT_LABELS: Record<string, string> = {
  registered: "Account created",
  code_sent: "Verification code sent",
  code_failed: "Wrong code entered",
  email_verified: "Email address verified",
  phone_verified: "Phone number verified",
  login_succeeded: "Signed in",
  login_challenged: "Password accepted, second step asked",
  login_unverified: "Sign-in waiting for email verification",
  login_failed: "Failed sign-in attempt",
  login_refused: "Sign-in refused",
  login_locked: "Sign-in paused after too many attempts",
  locked: "Sign-in paused after too many attempts",
  mfa_enabled: "Second factor turned on",
  mfa_disabled: "Second factor turned off",
  mfa_reset: "Two-step verification reset by support",
  recovery_codes_generated: "New recovery codes made",
  recovery_code_used: "Recovery code used",
  password_changed: "Password changed",
  password_reset: "Password reset",
  suspended: "Account suspended",
  activated: "Account reactivated",
  account_deleted: "Account deleted",
}

function eventLabel(type: string) {
  if (EVENT_LABELS[type]) {
    return EVENT_LABELS[type]
  }
  const words = type.replace(/[._]+/g, " ").trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The method or channel an event concerns, when its data says. */
function eventDetail(event: SecurityEvent) {
  const data = event.data ?? {}
  const method = data.method ?? data.provider ?? data.channel
  return typeof method === "string" && method ? methodLabel(method) : null
}

/** The account's recent security activity, newest first. */
export default function SecurityEvents({
  events,
  countryCode,
}: {
  events: SecurityEvent[]
  countryCode: string
}) {
  if (!events.length) {
    return <p className="text-sm text-slate-600" data-testid="security-events-empty">No activity yet.</p>
  }
  return (
    <ul className="divide-y divide-slate-100" data-testid="security-events">
      {events.map((event) => {
        const detail = eventDetail(event)
        return (
          <li key={event.id} data-testid="security-event" data-type={event.type} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2.5 text-sm">
            <span className="font-medium text-slate-800">
              {eventLabel(event.type)}
              {detail && <span className="font-normal text-slate-500"> · {detail}</span>}
            </span>
            <span className="text-slate-500">
              <time dateTime={event.created_at}>{formatDateTime(event.created_at, countryCode)}</time>
              {event.ip && <span> · {event.ip}</span>}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
