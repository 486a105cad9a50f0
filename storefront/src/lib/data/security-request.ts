import "server-only"
import { revalidatePath } from "next/cache"
import { backendRequest, type BackendAnswer } from "@lib/config"
import { safeCountryCode } from "@lib/util/country"
import { refusalMessage } from "@lib/util/errors"
import { getAuthHeaders, getClientHeaders } from "./cookies"
import type { SecurityFormState } from "./security"

// What the Security page's server actions share: calls as the signed-in
// customer, the refusal they answer with, code checks and the page refresh.

export const CODE_PATTERN = /^\d{6}$/
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/
export const SESSION_ENDED = "Your session ended. Sign in again."

export type Refusal = Extract<BackendAnswer<unknown>, { ok: false }>

/** A call as the signed-in customer; a missing token is answered like the backend would. */
export async function customerRequest<T>(
  path: string,
  init: { method?: string; body?: unknown } = {}
): Promise<BackendAnswer<T>> {
  const auth = await getAuthHeaders()
  if (!("authorization" in auth)) {
    return { ok: false, status: 401, message: SESSION_ENDED }
  }
  return backendRequest<T>(path, { ...init, headers: { ...(await getClientHeaders()), ...auth } })
}

export function refused(answer: Refusal, fallback: string, field?: string): SecurityFormState {
  const message = refusalMessage(answer, fallback)
  return {
    error: message,
    fieldErrors: field ? { [field]: message } : undefined,
    resendAfter: answer.retryAfter,
    at: Date.now(),
  }
}

/** Renders the Security page again (the country comes with the form). */
export function refreshSecurityPage(formData: FormData) {
  revalidatePath(`/${safeCountryCode(formData.get("page_country"))}/account/security`)
}

/** A code field without the spaces people type. */
export function readCode(formData: FormData, name = "code") {
  return String(formData.get(name) ?? "").replace(/\s+/g, "")
}
