"use server"

import { revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { backendRequest } from "@lib/config"
import { safeCountryCode, safeRelativePath } from "@lib/util/country"
import { getAuthHeaders } from "./cookies"
import { clearImpersonation, getImpersonationMarker, holdsImpersonationToken } from "./impersonation-cookies"

/**
 * The banner reports each page the admin opens (it joins the session's
 * timeline) and learns whether the session is still on: false once the
 * admin ended it, it expired, or the token is gone.
 */
export async function reportImpersonationView(path: string): Promise<{ active: boolean }> {
  const marker = await getImpersonationMarker()
  const page = safeRelativePath(path)
  if (!marker || !page || !(await holdsImpersonationToken(marker))) {
    return { active: false }
  }
  const answer = await backendRequest<{ session: { status: string } }>(
    `/store/impersonation?page=${encodeURIComponent(page.slice(0, 2000))}`,
    { headers: await getAuthHeaders() }
  )
  // only a refusal ends the view; a backend hiccup does not
  return { active: answer.ok ? answer.data.session.status === "active" : answer.status !== 401 && answer.status !== 404 }
}

/**
 * The banner's "End session": ends the session on the backend (with its own
 * token, the one write it may make), then forgets the token, the cart and
 * the marker, and leaves for the home page.
 */
export async function endImpersonation(countryCode: string) {
  const marker = await getImpersonationMarker()
  if (marker && (await holdsImpersonationToken(marker))) {
    // already ended or expired: nothing left to end, the cookies go anyway
    await backendRequest("/store/impersonation/end", { method: "POST", body: {}, headers: await getAuthHeaders() })
  }
  await clearImpersonation()
  revalidateTag("customer")
  revalidateTag("cart")
  redirect(`/${safeCountryCode(countryCode)}`)
}
