import "server-only"

import { cookies, headers } from "next/headers"
import { AUTH_COOKIE, CART_COOKIE, COUNTRY_COOKIE, MFA_COOKIE } from "@lib/constants"

/**
 * httpOnly, same-site cookies, marked Secure whenever the shopper reached the
 * storefront over HTTPS (directly or through a proxy setting
 * x-forwarded-proto), so plain-HTTP local runs keep working.
 */
async function cookieOptions(maxAge: number) {
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim()
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: proto === "https",
    path: "/",
    maxAge,
  }
}

export async function getAuthHeaders(): Promise<
  { authorization: string } | Record<string, never>
> {
  const token = (await cookies()).get(AUTH_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function isLoggedIn() {
  return Boolean((await cookies()).get(AUTH_COOKIE)?.value)
}

export async function setAuthToken(token: string) {
  ;(await cookies()).set(AUTH_COOKIE, token, await cookieOptions(60 * 60 * 24 * 7))
}

export async function removeAuthToken() {
  ;(await cookies()).delete(AUTH_COOKIE)
}

export async function getCartId() {
  return (await cookies()).get(CART_COOKIE)?.value
}

export async function setCartId(cartId: string) {
  ;(await cookies()).set(CART_COOKIE, cartId, await cookieOptions(60 * 60 * 24 * 30))
}

export async function removeCartId() {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function setCountryCookie(countryCode: string) {
  ;(await cookies()).set(COUNTRY_COOKIE, countryCode, await cookieOptions(60 * 60 * 24 * 365))
}

/**
 * A sign-in waiting for its second factor: the pre-MFA token and challenge.
 * The token only works for sending and checking the second-factor code, so it
 * lives in its own short-lived httpOnly cookie and is never treated as a
 * signed-in session (getAuthHeaders and isLoggedIn never read it).
 */
export type PendingSignIn = {
  token: string
  challengeId: string
  methods: string[]
  expiresAt: string
  redirectTo?: string
}

const MAX_PENDING_SIGN_IN_SECONDS = 10 * 60

export async function setPendingSignIn(pending: PendingSignIn) {
  const untilExpiry = Math.floor((new Date(pending.expiresAt).getTime() - Date.now()) / 1000)
  const maxAge = Number.isFinite(untilExpiry)
    ? Math.max(1, Math.min(untilExpiry, MAX_PENDING_SIGN_IN_SECONDS))
    : MAX_PENDING_SIGN_IN_SECONDS
  const value = Buffer.from(JSON.stringify(pending)).toString("base64url")
  ;(await cookies()).set(MFA_COOKIE, value, await cookieOptions(maxAge))
}

export async function getPendingSignIn(): Promise<PendingSignIn | null> {
  const value = (await cookies()).get(MFA_COOKIE)?.value
  if (!value) {
    return null
  }
  try {
    const pending = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as PendingSignIn
    if (!pending.token || !pending.challengeId || !Array.isArray(pending.methods)) {
      return null
    }
    return pending
  } catch {
    return null
  }
}

export async function removePendingSignIn() {
  ;(await cookies()).delete(MFA_COOKIE)
}

/**
 * The shopper's address and browser, passed on to the backend's auth and
 * security routes so its rate limits and security log see the shopper rather
 * than this server (the backend decides whether to trust them).
 */
export async function getClientHeaders(): Promise<Record<string, string>> {
  const incoming = await headers()
  const forwarded: Record<string, string> = {}
  const forwardedFor = incoming.get("x-forwarded-for") ?? incoming.get("x-real-ip")
  if (forwardedFor) forwarded["x-forwarded-for"] = forwardedFor
  const userAgent = incoming.get("user-agent")
  if (userAgent) forwarded["user-agent"] = userAgent
  return forwarded
}
