/**
 * When people answer live chat: the hours the help center publishes in "Support hours and how to
 * contact us" (/help/support-hours-and-contact). Change both together.
 */
export const LIVE_CHAT_HOURS = "Monday to Friday, 08:00–20:00 UTC"

/** Whether a person is on live chat at this moment. */
export function liveChatOpen(now = new Date()): boolean {
  const day = now.getUTCDay()
  const hour = now.getUTCHours()
  return day >= 1 && day <= 5 && hour >= 8 && hour < 20
}

/** What a guest is told when the assistant would hand over to a person (guests cannot chat with one). */
export function guestHandoverText(): string {
  return liveChatOpen()
    ? `A person from our support team can help with this. Live chat with a person is for customers: sign in and ask for a person (${LIVE_CHAT_HOURS}).`
    : `A person from our support team can help with this. Live chat with a person is for signed-in customers, ${LIVE_CHAT_HOURS}; it is closed right now. Sign in to open a support ticket (answered around the clock) or use the contact form.`
}

export const contactHref = (countryCode: string) => `/${countryCode}/contact`
