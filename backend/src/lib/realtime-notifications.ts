/**
 * Real-time notifications: what a customer's or an admin's socket hears when
 * something they care about happened. The domain events stay the source of
 * truth; the `realtime-notifications` subscriber maps them (with the facts
 * `buildRealtimeNotificationsStep` loads) to small `notification` payloads and
 * pushes them through the chat module's socket transport. Pushes are
 * at-least-once (an event may be handled twice): where a record marks the
 * happening (a reply, a payment, a service) `id` is derived from it, so
 * clients drop repeats.
 */

/** The socket.io event every notification arrives as (customers and admins alike). */
export const NOTIFICATION_SOCKET_EVENT = "notification"

export type CustomerNotificationType = "ticket.answered" | "payment.received" | "payment.failed" | "subscription.changed" | "service.ready"
export type AdminNotificationType = "ticket.created" | "chat.waiting" | "payment.failed"

/** What a socket receives with `notification`. */
export type RealtimeNotification = {
  /** `<type>:<record id>[:…]`, unique per happening; a repeat of a reply, payment or service has the same id */
  id: string
  type: CustomerNotificationType | AdminNotificationType
  title: string
  body: string
  /**
   * where it leads: for a customer a storefront path under `/<countryCode>`
   * (e.g. `/account/support/tkt_…`), for an admin a dashboard path under
   * `/app` (e.g. `/tickets/tkt_…`); null when there is nowhere to go
   */
  url: string | null
  created_at: string
}

/** One push: to one customer's sockets, or to every admin. */
export type RealtimeDelivery = { to: { customer_id: string } | "admins"; notification: RealtimeNotification }

/** The domain events that notify someone. */
export const REALTIME_NOTIFICATION_EVENTS = [
  "ticket.created",
  "ticket.replied",
  "chat.handed_over",
  "payment.captured",
  "payment_failure.recorded",
  "subscription.activated",
  "subscription.renewed",
  "subscription.suspended",
  "subscription.unsuspended",
  "subscription.cancelled",
  "subscription.expired",
  "service.active",
] as const

/** What a subscription event tells its customer. */
const SUBSCRIPTION_CHANGES: Record<string, { title: string; body: (name: string) => string }> = {
  "subscription.activated": { title: "Subscription active", body: (n) => `${n} is active.` },
  "subscription.renewed": { title: "Subscription renewed", body: (n) => `${n} was renewed.` },
  "subscription.suspended": { title: "Subscription suspended", body: (n) => `${n} is suspended. Pay the open invoice to bring it back.` },
  "subscription.unsuspended": { title: "Subscription active again", body: (n) => `${n} is active again.` },
  "subscription.cancelled": { title: "Subscription cancelled", body: (n) => `${n} was cancelled.` },
  "subscription.expired": { title: "Subscription expired", body: (n) => `${n} has expired.` },
}

/** The records an event is about, as the build step loads them (null: not found). */
export type NotificationFacts = {
  ticket?: { id: string; customer_id: string; subject: string; source?: string | null; display_id?: number | null } | null
  /** the message of a `ticket.replied` */
  message?: { id: string; author_type: string } | null
  chat?: { id: string; customer_id: string } | null
  payment?: { id: string; amount: unknown; currency_code: string; order?: { id: string; display_id?: number | null; customer_id?: string | null } | null } | null
  failure?: { id: string; customer_id?: string | null; amount?: unknown; currency_code?: string | null; action?: string | null } | null
  subscription?: { id: string; customer_id: string; product_title: string; plan?: string | null; status?: string | null } | null
  service?: { id: string; customer_id: string; subscription_id: string; hostname?: string | null } | null
}

export function formatMoney(amount: unknown, currencyCode: string | null | undefined): string {
  const value = Number(typeof amount === "object" && amount !== null && "value" in amount ? (amount as { value: unknown }).value : amount)
  if (!currencyCode || !Number.isFinite(value)) {
    return ""
  }
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency: currencyCode.toUpperCase() }).format(value)
  } catch {
    return `${value} ${currencyCode.toUpperCase()}`
  }
}

/** The pushes one domain event makes (none when it concerns nobody, e.g. a customer's own reply). */
export function notificationsFor(event: string, facts: NotificationFacts, asOf: Date): RealtimeDelivery[] {
  const created_at = asOf.toISOString()
  const ticketName = (t: { subject: string; display_id?: number | null }) => (t.display_id ? `#${t.display_id} ${t.subject}` : t.subject)

  if (event === "ticket.replied") {
    const { ticket, message } = facts
    if (!ticket || message?.author_type !== "admin") {
      return []
    }
    return [
      {
        to: { customer_id: ticket.customer_id },
        notification: {
          id: `ticket.answered:${message.id}`,
          type: "ticket.answered",
          title: "Support replied",
          body: `New reply on ticket ${ticketName(ticket)}.`,
          url: `/account/support/${ticket.id}`,
          created_at,
        },
      },
    ]
  }
  if (event === "ticket.created") {
    const { ticket } = facts
    // a ticket an admin opened for a customer is no news to the admins
    if (!ticket || ticket.source === "admin") {
      return []
    }
    return [
      {
        to: "admins",
        notification: {
          id: `ticket.created:${ticket.id}`,
          type: "ticket.created",
          title: "New ticket",
          body: ticketName(ticket),
          url: `/tickets/${ticket.id}`,
          created_at,
        },
      },
    ]
  }
  if (event === "chat.handed_over") {
    const { chat } = facts
    if (!chat) {
      return []
    }
    return [
      {
        to: "admins",
        notification: {
          id: `chat.waiting:${chat.id}:${created_at}`,
          type: "chat.waiting",
          title: "Chat waiting",
          body: "A customer is waiting for an agent in live chat.",
          url: `/live-chat?tab=waiting&chat=${chat.id}`,
          created_at,
        },
      },
    ]
  }
  if (event === "payment.captured") {
    const { payment } = facts
    const customerId = payment?.order?.customer_id
    if (!payment || !customerId) {
      return []
    }
    const order = payment.order!
    return [
      {
        to: { customer_id: customerId },
        notification: {
          id: `payment.received:${payment.id}`,
          type: "payment.received",
          title: "Payment received",
          body: `We received ${formatMoney(payment.amount, payment.currency_code) || "your payment"}${order.display_id ? ` for order #${order.display_id}` : ""}. Thank you!`,
          url: `/account/orders/${order.id}`,
          created_at,
        },
      },
    ]
  }
  if (event === "payment_failure.recorded") {
    const { failure } = facts
    if (!failure) {
      return []
    }
    const amount = formatMoney(failure.amount, failure.currency_code)
    const verb = failure.action === "canceled" ? "was cancelled" : "did not go through"
    const deliveries: RealtimeDelivery[] = [
      {
        to: "admins",
        notification: {
          id: `payment.failed:${failure.id}`,
          type: "payment.failed",
          title: "Payment failed",
          body: `A payment${amount ? ` of ${amount}` : ""} ${verb}.`,
          url: failure.customer_id ? `/customers/${failure.customer_id}` : null,
          created_at,
        },
      },
    ]
    if (failure.customer_id) {
      deliveries.unshift({
        to: { customer_id: failure.customer_id },
        notification: {
          id: `payment.failed:${failure.id}`,
          type: "payment.failed",
          title: "Payment failed",
          body: `Your payment${amount ? ` of ${amount}` : ""} ${verb}. You can try again or choose another way to pay.`,
          url: "/cart",
          created_at,
        },
      })
    }
    return deliveries
  }
  const change = SUBSCRIPTION_CHANGES[event]
  if (change) {
    const { subscription } = facts
    if (!subscription) {
      return []
    }
    const name = subscription.plan ? `${subscription.product_title} (${subscription.plan})` : subscription.product_title
    return [
      {
        to: { customer_id: subscription.customer_id },
        notification: {
          id: `subscription.changed:${subscription.id}:${event.split(".")[1]}:${created_at}`,
          type: "subscription.changed",
          title: change.title,
          body: change.body(name),
          url: `/account/subscriptions/${subscription.id}`,
          created_at,
        },
      },
    ]
  }
  if (event === "service.active") {
    const { service } = facts
    if (!service) {
      return []
    }
    return [
      {
        to: { customer_id: service.customer_id },
        notification: {
          id: `service.ready:${service.id}`,
          type: "service.ready",
          title: "Your service is ready",
          body: service.hostname ? `${service.hostname} is up and running.` : "Your service is up and running.",
          url: `/account/subscriptions/${service.subscription_id}`,
          created_at,
        },
      },
    ]
  }
  return []
}
