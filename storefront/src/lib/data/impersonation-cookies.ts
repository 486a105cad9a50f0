import "server-only"

import { cookies, headers } from "next/headers"
import { AUTH_COOKIE, CART_COOKIE, IMPERSONATION_COOKIE } from "@lib/constants"

/**
 * While an admin views the store as a customer, the impersonation token sits
 * in the usual customer token cookie (every data function sends it as it
 * is) and this marker says whose view it is and until when, for the banner.
 */
export type ImpersonationMarker = {
  sessionId: string
  customerName: string
  customerEmail: string
  startedAt: string
  expiresAt: string
}

/** The banner can still say "session ended" for a while after the token expired. */
const MARKER_GRACE_SECONDS = 60 * 60

async function cookieOptions(maxAge: number) {
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim()
  return { httpOnly: true, sameSite: "lax" as const, secure: proto === "https", path: "/", maxAge }
}

/** Stores the impersonation token as the customer token (for as long as it lives) and the marker. */
export async function startImpersonation(token: string, marker: ImpersonationMarker) {
  const seconds = Math.max(1, Math.floor((new Date(marker.expiresAt).getTime() - Date.now()) / 1000))
  const jar = await cookies()
  jar.set(AUTH_COOKIE, token, await cookieOptions(seconds))
  jar.set(
    IMPERSONATION_COOKIE,
    Buffer.from(JSON.stringify(marker)).toString("base64url"),
    await cookieOptions(seconds + MARKER_GRACE_SECONDS)
  )
  // the admin's own guest cart (if any) is not the customer's
  jar.delete(CART_COOKIE)
}

export async function getImpersonationMarker(): Promise<ImpersonationMarker | null> {
  const value = (await cookies()).get(IMPERSONATION_COOKIE)?.value
  if (!value) {
    return null
  }
  try {
    const marker = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as ImpersonationMarker
    return marker.sessionId && marker.expiresAt ? marker : null
  } catch {
    return null
  }
}

/** Whether the customer token cookie still holds this session's token. */
export async function holdsImpersonationToken(marker: ImpersonationMarker) {
  const token = (await cookies()).get(AUTH_COOKIE)?.value
  const payload = token?.split(".")[1]
  if (!payload) {
    return false
  }
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { impersonation_session_id?: string }
    return claims.impersonation_session_id === marker.sessionId
  } catch {
    return false
  }
}

/** Back to an anonymous visitor: no customer token, no cart, no marker. */
export async function clearImpersonation() {
  const jar = await cookies()
  jar.delete(AUTH_COOKIE)
  jar.delete(CART_COOKIE)
  jar.delete(IMPERSONATION_COOKIE)
}
