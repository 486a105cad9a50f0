/**
 * Support's chat hours and who answers, as GET /store/support publishes them (admin: Settings →
 * Support profile). FALLBACK_SUPPORT is what the storefront shows when the backend can't be reached.
 * Pure and client-safe: the widget re-reads "open now" from the hours while a page stays open.
 */
import type { SupportProfile as SupportInfo } from "@cs/http-types"
export type { SupportInfo }

export const FALLBACK_SUPPORT: SupportInfo = {
  display_name: null,
  avatar_url: null,
  hours: { timezone: "UTC", days: [1, 2, 3, 4, 5], opens_at: "08:00", closes_at: "20:00", text: "Monday to Friday, 08:00–20:00 UTC" },
  open: false,
  as_of: new Date(0).toISOString(),
}

const SHORT_DAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 }
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** Whether a person is on live chat at `now` (the backend's rule: weekday and time in the hours' time zone). */
export function liveChatOpen(hours: SupportInfo["hours"] = FALLBACK_SUPPORT.hours, now = new Date()): boolean {
  try {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone: hours.timezone,
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(now)
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
    const at = Number(part("hour")) * 60 + Number(part("minute"))
    return hours.days.includes(SHORT_DAYS[part("weekday")]) && at >= minutes(hours.opens_at) && at < minutes(hours.closes_at)
  } catch {
    return false
  }
}

/** "Monday to Friday, 08:00–20:00 UTC", or a sentence saying there is no live chat. */
export function liveChatHours(support: SupportInfo = FALLBACK_SUPPORT): string {
  return support.hours.text ?? "by appointment only (write to us instead)"
}

/** What a guest is told when the assistant would hand over to a person (guests cannot chat with one). */
export function guestHandoverText(support: SupportInfo = FALLBACK_SUPPORT, now = new Date()): string {
  if (!support.hours.text) {
    return "A person from our support team can help with this. Write to us through the contact form, or sign in and open a support ticket (answered around the clock)."
  }
  return liveChatOpen(support.hours, now)
    ? `A person from our support team can help with this. Live chat with a person is for customers: sign in to chat with a person (${support.hours.text}).`
    : `A person from our support team can help with this. Live chat with a person is for signed-in customers, ${support.hours.text}; it is closed right now. Sign in to open a support ticket (answered around the clock) or use the contact form.`
}

/** Who a support reply is from: the published display name, else "Alex from support" from the agent's own name. */
export function supportAuthor(support: SupportInfo | null | undefined, agentName?: string | null): string {
  if (support?.display_name) {
    return support.display_name
  }
  const first = agentName?.trim().split(/\s+/)[0]
  return first && !first.includes("@") ? `${first} from support` : "Support"
}

export const contactHref = (countryCode: string) => `/${countryCode}/contact`
