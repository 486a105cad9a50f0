import type { StoreSubscriptionEvent } from "@lib/data/subscriptions"
import { formatDateTime } from "@lib/util/dates"

const LABELS: Record<string, string> = {
  created: "Subscription created",
  payment_pending: "Waiting for payment",
  activated: "Service activated",
  reminder_sent_7: "Reminder sent: expires in 7 days",
  reminder_sent_3: "Reminder sent: expires in 3 days",
  reminder_sent_1: "Reminder sent: expires tomorrow",
  renewal_issued: "Renewal invoice issued",
  renewal_paid: "Renewal paid",
  renewed: "Renewed",
  renewal_failed: "Automatic renewal failed",
  suspended: "Suspended",
  unsuspended: "Reactivated after suspension",
  extended: "Period extended",
  cancel_requested: "Cancellation requested",
  cancelled: "Cancelled",
  expired: "Expired",
  auto_renew_changed: "Auto-renew changed",
  plan_change_scheduled: "Plan change scheduled",
  plan_change_cancelled: "Scheduled plan change cancelled",
  plan_changed: "Plan changed",
}

const ACTORS: Record<string, string> = {
  customer: "by you",
  admin: "by CloudServices support",
  user: "by CloudServices support",
  system: "automatically",
}

/** A readable line for an event; auto-renew changes say which way they went. */
export function eventLabel(event: Pick<StoreSubscriptionEvent, "type" | "note">) {
  if (event.type === "auto_renew_changed") {
    if (/\bon\b/i.test(event.note ?? "")) return "Auto-renew turned on"
    if (/\boff\b/i.test(event.note ?? "")) return "Auto-renew turned off"
  }
  return LABELS[event.type] ?? event.type.replace(/_/g, " ")
}

export default function SubscriptionTimeline({
  events,
  countryCode,
}: {
  events: StoreSubscriptionEvent[]
  countryCode: string
}) {
  if (!events.length) {
    return (
      <p data-testid="subscription-timeline" className="text-sm text-slate-600">
        Nothing has happened yet.
      </p>
    )
  }
  return (
    <ol data-testid="subscription-timeline" className="relative ml-2 border-l border-slate-200">
      {events.map((event) => {
        const label = eventLabel(event)
        // The note repeats the label for auto-renew changes; show it otherwise.
        const note = event.note && event.note !== label ? event.note : null
        return (
          <li
            key={event.id}
            data-testid="subscription-event"
            data-event-type={event.type}
            className="relative pb-4 pl-5 last:pb-0"
          >
            <span
              aria-hidden="true"
              className="absolute -left-[5px] top-1.5 h-2.5 w-2.5 rounded-full border-2 border-white bg-accent-600"
            />
            <p className="text-sm font-semibold text-navy-900">{label}</p>
            <p className="text-xs text-slate-500">
              <time dateTime={event.occurred_at}>{formatDateTime(event.occurred_at, countryCode)}</time>
              {event.actor && ACTORS[event.actor] ? ` · ${ACTORS[event.actor]}` : ""}
            </p>
            {note && <p className="mt-0.5 text-sm text-slate-700">{note}</p>}
          </li>
        )
      })}
    </ol>
  )
}
