import type CountersModuleService from "../../../modules/counters/service"
import { normalizeEmail } from "./identity"

/**
 * Sign-in lockout and shadow email codes, counted in the counters module
 * (every instance shares them). The numbers are the account module's options.
 */

/** The lockout subject of an email (any string, known or not, so answers never tell them apart). */
export const loginLockKey = (email: string) => `login:${normalizeEmail(email)}`

/**
 * Email verification for an address with no code to check (unknown, or
 * already verified) answers as a real pending code would: a shadow of the
 * provider's state — when a code was last "sent" (registration or resend),
 * wrong tries until locked — so refusals never tell which emails have an
 * account. `shadowCodeSent` starts a shadow code; `shadowCodeRefusal` counts
 * a try and names the refusal (invalid, expired or locked), in the
 * provider's order.
 */
export async function shadowCodeSent(counters: CountersModuleService, email: string, now = Date.now()) {
  const key = normalizeEmail(email)
  await counters.setValue(`shadow-sent:${key}`, String(now), 3600)
  await counters.forget(`shadow-tries:${key}`)
}

export async function shadowCodeRefusal(
  counters: CountersModuleService,
  email: string,
  code: { ttlSeconds: number; maxAttempts: number },
  now = Date.now()
): Promise<"invalid" | "expired" | "locked"> {
  const key = normalizeEmail(email)
  if ((await counters.count(`shadow-tries:${key}`)) >= code.maxAttempts) {
    return "locked"
  }
  const sentAt = Number((await counters.getValue(`shadow-sent:${key}`)) ?? 0)
  if (sentAt && now - sentAt >= code.ttlSeconds * 1000) {
    return "expired"
  }
  const { count } = await counters.increment(`shadow-tries:${key}`, 3600)
  return count >= code.maxAttempts ? "locked" : "invalid"
}
