import "server-only"
import { cookies } from "next/headers"
import { AUTH_COOKIE } from "@lib/constants"
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "@lib/config"

/** The backend's headers a PDF download (invoice, credit note) passes on. */
export const DOCUMENT_HEADERS = ["content-type", "content-length", "content-disposition"] as const

/** An uploaded file (ticket or chat attachment) also keeps the backend's Content-Security-Policy (nothing in it runs). */
export const ATTACHMENT_HEADERS = [...DOCUMENT_HEADERS, "content-security-policy"] as const

/**
 * Streams a file from a customer route of the backend (`path`, its ids already
 * encoded) as the signed-in customer: the backend checks ownership with the
 * token from the httpOnly cookie. The answer is never cached and never sniffed;
 * the backend's `passHeaders` are passed through. No token, a refusal or an
 * unreachable backend: a plain 404, which says nothing about the file.
 */
export async function proxyCustomerDownload(path: string, passHeaders: readonly string[]): Promise<Response> {
  const token = (await cookies()).get(AUTH_COOKIE)?.value
  if (!token) {
    return new Response("Not found", { status: 404 })
  }
  const res = await fetch(`${MEDUSA_BACKEND_URL.replace(/\/$/, "")}${path}`, {
    headers: {
      authorization: `Bearer ${token}`,
      ...(MEDUSA_PUBLISHABLE_KEY ? { "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY } : {}),
    },
    cache: "no-store",
  }).catch(() => null)
  if (!res?.ok || !res.body) {
    return new Response("Not found", { status: 404 })
  }
  const headers = new Headers({ "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" })
  for (const name of passHeaders) {
    const value = res.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(res.body, { status: 200, headers })
}
