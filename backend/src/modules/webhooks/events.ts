/**
 * The events integrators can subscribe to, by family. The webhook subscribers
 * listen to exactly these; an endpoint's `events` holds "*", names from here,
 * or "<family>.*".
 */
export const WEBHOOK_EVENTS = {
  order: ["order.placed"],
  subscription: [
    "subscription.created",
    "subscription.activated",
    "subscription.renewed",
    "subscription.renewal_issued",
    "subscription.renewal_failed",
    "subscription.reminder_sent",
    "subscription.plan_changed",
    "subscription.extended",
    "subscription.suspended",
    "subscription.unsuspended",
    "subscription.cancelled",
    "subscription.expired",
  ],
  service: [
    "service.provisioning",
    "service.active",
    "service.suspended",
    "service.unsuspended",
    "service.terminated",
    "service.failed",
  ],
} as const

export type WebhookEventFamily = keyof typeof WEBHOOK_EVENTS

export const WEBHOOK_EVENT_NAMES: string[] = Object.values(WEBHOOK_EVENTS).flat()

const FAMILIES = Object.keys(WEBHOOK_EVENTS)

/** "*", a known event name, or a known family with ".*". */
export function isEventSelector(selector: string): boolean {
  if (selector === "*" || WEBHOOK_EVENT_NAMES.includes(selector)) {
    return true
  }
  return selector.endsWith(".*") && FAMILIES.includes(selector.slice(0, -2))
}

/** Whether an endpoint subscribed to `selectors` takes `event`. */
export function selectsEvent(selectors: unknown, event: string): boolean {
  const list = Array.isArray(selectors) ? (selectors as string[]) : []
  const family = event.split(".")[0]
  return list.some((s) => s === "*" || s === event || s === `${family}.*`)
}

/** The family of an event name ("subscription.renewed" → "subscription"). */
export const eventFamily = (event: string) => event.split(".")[0] as WebhookEventFamily
