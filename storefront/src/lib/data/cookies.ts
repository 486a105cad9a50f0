import "server-only"

import { cookies, headers } from "next/headers"
import { AUTH_COOKIE, CART_COOKIE, COUNTRY_COOKIE } from "@lib/constants"

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
