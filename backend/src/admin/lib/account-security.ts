import { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { actionLogKeys } from "./action-logs"
import { sdk } from "./sdk"
import { humanize } from "./format"
import type {
  AccountStatus,
  FactorProvider,
  SecurityEvent,
  CustomerSecurity,
  AdminCustomerSecurityResponse as CustomerSecurityResponse,
} from "../../types/http"
export type { SecurityEvent, CustomerSecurity }

/** What `GET /admin/customers/lookup` answers for a shopper id. */
export type ShopperLookup = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  shopper_id: string
}

export const securityKeys = {
  all: ["customer-security"] as const,
  detail: (customerId: string) => [...securityKeys.all, customerId] as const,
}

export const useCustomerSecurity = (customerId: string) =>
  useQuery({
    queryKey: securityKeys.detail(customerId),
    queryFn: () =>
      sdk.client.fetch<CustomerSecurityResponse>(`/admin/customers/${customerId}/security`),
    select: (data) => data.security,
  })

export type SecurityAction =
  | { action: "suspend"; body: { reason: string } }
  | { action: "activate"; body: { reason?: string } }
  | { action: "reset-2fa"; body: { reason: string } }
  | { action: "verify-email"; body: { reason: string } }
  | { action: "reset-password"; body: Record<string, never> }

/**
 * Suspend / activate / reset 2FA / mark the email verified / send a password
 * reset. A 4xx `{ message }` rejects with that message. Every action lands in
 * the action log, so that list is refreshed too.
 */
export const useCustomerSecurityAction = (customerId: string) => {
  const queryClient = useQueryClient()
  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: securityKeys.detail(customerId) })
    queryClient.invalidateQueries({ queryKey: actionLogKeys.all })
  }
  return useMutation({
    mutationFn: ({ action, body }: SecurityAction) =>
      sdk.client.fetch<{ security?: CustomerSecurity; sent?: boolean }>(
        `/admin/customers/${customerId}/${action}`,
        { method: "POST", body }
      ),
    onSuccess: (data) => {
      if (data?.security) {
        queryClient.setQueryData(securityKeys.detail(customerId), { security: data.security })
      }
      refresh()
    },
    // a refusal usually means the widget is stale (someone else acted): show the current state
    onError: refresh,
  })
}

/** Resolves a shopper id to its customer; `null` when no customer has it (404). */
export async function lookupShopperId(shopperId: string): Promise<ShopperLookup | null> {
  try {
    const { customer } = await sdk.client.fetch<{ customer: ShopperLookup }>(
      "/admin/customers/lookup",
      { query: { shopper_id: shopperId } }
    )
    return customer
  } catch (e) {
    if (e instanceof FetchError && e.status === 404) {
      return null
    }
    throw e
  }
}

/** "cs-7q2k9m", " 7Q2K9M " → "CS-7Q2K9M": what support types, as the API stores it. */
export function normalizeShopperId(input: string) {
  const compact = input.trim().toUpperCase().replace(/\s+/g, "")
  const bare = compact.replace(/^CS-?/, "")
  return bare ? `CS-${bare}` : ""
}

/** Shopper ids are "CS-" and six letters or digits. */
export const SHOPPER_ID_PATTERN = /^CS-[A-Z0-9]{6}$/

// ---------------------------------------------------------------- labels

export const ACCOUNT_STATUS_STYLE: Record<
  AccountStatus,
  { color: "green" | "orange" | "red" | "grey"; label: string }
> = {
  active: { color: "green", label: "Active" },
  suspended: { color: "orange", label: "Suspended" },
  deleted: { color: "grey", label: "Deleted" },
}

export const FACTOR_LABELS: Record<FactorProvider, string> = {
  totp: "Authenticator app",
  email_otp: "Email codes",
  sms_otp: "SMS codes",
}

export const FACTOR_ORDER: FactorProvider[] = ["totp", "email_otp", "sms_otp"]

const EVENT_LABELS: Record<string, string> = {
  registered: "Registered",
  code_sent: "Code sent",
  code_failed: "Wrong code entered",
  email_verified: "Email verified",
  phone_verified: "Phone verified",
  login_succeeded: "Signed in",
  login_challenged: "Password accepted, second factor asked",
  login_unverified: "Password accepted, email not verified",
  login_failed: "Failed sign-in",
  login_locked: "Locked out after failed sign-ins",
  login_refused: "Sign-in refused",
  mfa_enabled: "Two-factor turned on",
  mfa_disabled: "Two-factor turned off",
  mfa_reset: "Two-factor reset by support",
  recovery_codes_generated: "New recovery codes",
  recovery_code_used: "Recovery code used",
  password_changed: "Password changed",
  password_reset_requested: "Password reset requested",
  password_reset: "Password reset",
  suspended: "Suspended by support",
  activated: "Activated by support",
  account_deleted: "Account deleted",
}

const METHOD_LABELS: Record<string, string> = {
  ...FACTOR_LABELS,
  recovery_code: "Recovery code",
}

const PURPOSE_LABELS: Record<string, string> = {
  email_verification: "Email verification",
  second_factor: "Sign-in",
}

const methodLabel = (method: string) => METHOD_LABELS[method] ?? humanize(method)

/** A readable label for a security event type (unknown types are humanized). */
export function securityEventLabel(type: string) {
  return EVENT_LABELS[type] ?? humanize(type)
}

/**
 * What an event's data adds, in a few words: the method(s), what a code was
 * for, the failure count, support's reason. Its IP is shown beside it.
 */
export function securityEventDetail(event: Pick<SecurityEvent, "data">) {
  const data = event.data ?? {}
  const parts: string[] = []
  const method = data.method ?? data.second_factor
  if (typeof method === "string") {
    parts.push(methodLabel(method))
  }
  if (Array.isArray(data.methods) && data.methods.length) {
    parts.push(data.methods.map((m) => methodLabel(String(m))).join(", "))
  }
  if (typeof data.purpose === "string" && data.purpose !== "second_factor") {
    parts.push(PURPOSE_LABELS[data.purpose] ?? humanize(data.purpose))
  }
  if (typeof data.via === "string" && data.via.startsWith("admin")) {
    parts.push("by support")
  }
  if (typeof data.failures === "number" && data.failures > 1) {
    parts.push(`${data.failures} failures in a row`)
  }
  if (typeof data.status === "string") {
    parts.push(`account ${data.status}`)
  }
  if (typeof data.reason === "string" && data.reason) {
    parts.push(`“${data.reason}”`)
  }
  return parts.join(" · ")
}

/** Event types that deserve attention in the activity list. */
export function isWarningEvent(type: string) {
  return /failed|locked|refused|^suspended$/.test(type)
}

/** The lock still applies (a past `locked_until` is history, not a lock). */
export function isLocked(security: Pick<CustomerSecurity, "locked_until">, now = Date.now()) {
  return !!security.locked_until && new Date(security.locked_until).getTime() > now
}
