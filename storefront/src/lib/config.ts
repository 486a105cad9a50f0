import "server-only"

import Medusa from "@medusajs/js-sdk"

/**
 * The one js-sdk instance of the storefront. It only ever runs on the server:
 * the backend URL and publishable key are read from the environment of the
 * running process (never inlined at build time), and customer tokens are
 * never stored in the instance ("nostore"); every call that acts for a
 * customer passes the JWT from the httpOnly cookie explicitly.
 */
export const MEDUSA_BACKEND_URL =
  process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

export const MEDUSA_PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY || ""

export const sdk = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: MEDUSA_PUBLISHABLE_KEY || undefined,
  debug: false,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

/** A backend answer with its status kept, for flows that branch on it. */
export type BackendAnswer<T> =
  | { ok: true; status: number; data: T }
  | {
      ok: false
      status: number
      message: string
      /** Seconds to wait, from a 429's `retry_after` or Retry-After header. */
      retryAfter?: number
    }

/**
 * One call to the backend that never throws: sign-in, verification and
 * security flows branch on the status and show a 429's retry time, which the
 * js-sdk's FetchError drops (it keeps only the message and status). Same base
 * URL and publishable key as `sdk`; status 0 means the backend was unreachable.
 */
export async function backendRequest<T>(
  path: string,
  {
    method = "GET",
    body,
    headers = {},
  }: { method?: string; body?: unknown; headers?: Record<string, string> } = {}
): Promise<BackendAnswer<T>> {
  let response: Response
  try {
    response = await fetch(`${MEDUSA_BACKEND_URL.replace(/\/$/, "")}${path}`, {
      method,
      headers: {
        accept: "application/json",
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(MEDUSA_PUBLISHABLE_KEY ? { "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      cache: "no-store",
    })
  } catch {
    return {
      ok: false,
      status: 0,
      message: "We could not reach CloudServices. Please try again in a moment.",
    }
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (response.ok) {
    return { ok: true, status: response.status, data: data as T }
  }
  const retryAfter = Number(data.retry_after ?? response.headers.get("retry-after") ?? NaN)
  return {
    ok: false,
    status: response.status,
    message: typeof data.message === "string" && data.message.trim() ? data.message.trim() : "",
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : undefined,
  }
}
