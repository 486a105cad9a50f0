import { Badge, Container, Heading, Text, Tooltip } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import {
  eventLabel,
  formatDate,
  formatDateTime,
  type SubscriptionActor,
  type SubscriptionEvent,
} from "../lib/subscriptions"

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

const ACTOR_COLOR: Record<SubscriptionActor, "grey" | "blue" | "purple"> = {
  system: "grey",
  customer: "blue",
  admin: "purple",
}

const ActorBadge = ({ event }: { event: SubscriptionEvent }) => {
  const badge = (
    <Badge size="2xsmall" color={ACTOR_COLOR[event.actor] ?? "grey"} data-testid="subscription-event-actor">
      {event.actor.charAt(0).toUpperCase() + event.actor.slice(1)}
    </Badge>
  )
  return event.actor_id ? <Tooltip content={event.actor_id}>{badge}</Tooltip> : badge
}

/** What an event's `data` adds to its note: the dates an extension moved, the order of a renewal. */
const EventData = ({ event }: { event: SubscriptionEvent }) => {
  const data = event.data ?? {}
  const parts: ReactNode[] = []
  if (typeof data.from === "string" && typeof data.to === "string") {
    parts.push(
      <span key="range">
        Expiry {formatDate(data.from)} → {formatDate(data.to)}
      </span>
    )
  } else if (typeof data.expires_at === "string") {
    parts.push(<span key="exp">Now expires {formatDate(data.expires_at)}</span>)
  }
  if (typeof data.order_id === "string" && data.order_id) {
    parts.push(
      <Link key="order" to={`/orders/${data.order_id}`} className={linkClass}>
        View order
      </Link>
    )
  }
  if (!parts.length) return null
  return (
    <div className="text-ui-fg-subtle txt-compact-small flex flex-wrap items-center gap-x-2">
      {parts}
    </div>
  )
}

const byTime = (a: SubscriptionEvent, b: SubscriptionEvent) =>
  new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime() ||
  new Date(a.created_at).getTime() - new Date(b.created_at).getTime()

/** The subscription's history, newest first, with who did what. */
export const Timeline = ({ events }: { events: SubscriptionEvent[] }) => {
  const sorted = [...events].sort(byTime)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Timeline</Heading>
      </div>
      {sorted.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No events yet.
        </Text>
      ) : (
        <ol className="px-6 py-4" data-testid="subscription-timeline">
          {sorted.map((event, i) => (
            <li
              key={event.id}
              className="grid grid-cols-[20px_1fr] gap-x-3"
              data-testid="subscription-event"
              data-type={event.type}
            >
              <div className="flex flex-col items-center">
                <div className="bg-ui-bg-base shadow-borders-base mt-1 flex size-3 items-center justify-center rounded-full">
                  <div className="bg-ui-tag-neutral-icon size-1.5 rounded-full" />
                </div>
                {i < sorted.length - 1 && <div className="bg-ui-border-strong mt-1 flex-1" style={{ width: 1 }} />}
              </div>
              <div
                className="flex flex-col gap-y-1"
                style={{ paddingBottom: i < sorted.length - 1 ? 16 : 0 }}
              >
                <div className="flex flex-wrap items-center justify-between gap-x-2">
                  <div className="flex items-center gap-x-2">
                    <Text size="small" weight="plus" leading="compact">
                      {eventLabel(event.type)}
                    </Text>
                    <ActorBadge event={event} />
                  </div>
                  <Tooltip content={formatDateTime(event.occurred_at)}>
                    <Text size="small" leading="compact" className="text-ui-fg-subtle">
                      {formatDateTime(event.occurred_at)}
                    </Text>
                  </Tooltip>
                </div>
                {event.note && (
                  <Text size="small" className="text-ui-fg-subtle whitespace-pre-wrap">
                    {event.note}
                  </Text>
                )}
                <EventData event={event} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </Container>
  )
}
