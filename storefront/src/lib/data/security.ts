"use server"

import QRCode from "qrcode"
import { sdk } from "@lib/config"
import { errorStatus } from "@lib/util/errors"
import { getAuthHeaders } from "./cookies"
import { CODE_PATTERN, customerRequest, readCode, refreshSecurityPage, refused } from "./security-request"
import type { AccountSecurity, FactorProvider } from "@cs/http-types"

// The Security page's second factors (authenticator app, email and SMS codes,
// recovery codes). The phone, password and account deletion are in account-settings.ts.

export type { AccountSecurity, FactorProvider, SecurityEvent, SecurityFactor } from "@cs/http-types"

/** The answer of every form on the Security page. */
export type SecurityFormState = {
  error: string | null
  fieldErrors?: Record<string, string>
  success?: boolean
  notice?: string
  /** A factor being set up: its id, and for an authenticator app the secret and QR code. */
  factorId?: string
  provider?: FactorProvider
  secret?: string
  qrCode?: string
  /** Recovery codes, shown once. */
  codes?: string[]
  /** Seconds before another code can be asked for. */
  resendAfter?: number
  /** When the answer was made, so client steps can tell answers apart. */
  at?: number
}

const ISSUER = "CloudServices"

/** The signed-in customer's security overview; null for guests or an ended session. Never cached. */
export async function retrieveSecurity(): Promise<AccountSecurity | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return null
  }
  return sdk.client
    .fetch<{ security: AccountSecurity }>("/store/account/security", {
      headers,
      cache: "no-store",
    })
    .then(({ security }) => security)
    .catch((error) => {
      if (errorStatus(error) === 401) {
        return null
      }
      throw error
    })
}

/** After a factor is confirmed: the first recovery codes, when the customer has none yet. */
async function firstRecoveryCodes(): Promise<string[] | undefined> {
  const security = await retrieveSecurity().catch(() => null)
  if (!security || security.recovery_codes_remaining > 0) {
    return undefined
  }
  const answer = await customerRequest<{ codes?: string[]; recovery_codes?: string[] }>(
    "/auth/mfa/recovery-codes",
    { method: "POST", body: {} }
  )
  return answer.ok ? (answer.data.codes ?? answer.data.recovery_codes) : undefined
}

// ---- Second factors ----

/** Starts an authenticator app: a pending factor, its secret and a QR code of the otpauth URL. */
export async function startTotpSetup(
  _previous: SecurityFormState,
  formData: FormData
): Promise<SecurityFormState> {
  const label = String(formData.get("label") ?? "").trim() || ISSUER
  const answer = await customerRequest<{
    mfa_factor: { id: string }
    secret: string
    otpauth_url: string
  }>("/auth/mfa/factors", {
    method: "POST",
    body: { provider: "totp", label, issuer: ISSUER },
  })
  if (!answer.ok) {
    return refused(answer, "The authenticator app could not be set up.")
  }
  const svg = await QRCode.toString(answer.data.otpauth_url, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 1,
  })
  return {
    error: null,
    provider: "totp",
    factorId: answer.data.mfa_factor.id,
    secret: answer.data.secret,
    qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
    at: Date.now(),
  }
}

/** Starts email or SMS codes as a second factor; the backend sends a first code to confirm it. */
export async function startCodeFactor(
  previous: SecurityFormState,
  formData: FormData
): Promise<SecurityFormState> {
  const provider = String(formData.get("provider") ?? "")
  if (provider !== "email_otp" && provider !== "sms_otp") {
    return { error: "Choose email or SMS codes.", at: Date.now() }
  }
  const answer = await customerRequest<{ mfa_factor: { id: string }; sent_to?: string }>(
    "/auth/mfa/factors",
    { method: "POST", body: { provider } }
  )
  if (!answer.ok) {
    // Keep the factor already waiting for its code (e.g. "Send a new code" answered 429).
    return { ...refused(answer, "Codes could not be turned on."), factorId: previous.factorId, provider }
  }
  const where = answer.data.sent_to ? ` to ${answer.data.sent_to}` : ""
  return {
    error: null,
    provider,
    factorId: answer.data.mfa_factor.id,
    notice: `We sent a 6-digit code${where}. Enter it to turn this on.`,
    resendAfter: 60,
    at: Date.now(),
  }
}

/** Confirms a pending factor with a code; the first factor also brings the recovery codes. */
export async function confirmFactor(
  _previous: SecurityFormState,
  formData: FormData
): Promise<SecurityFormState> {
  const factorId = String(formData.get("factor_id") ?? "")
  const code = readCode(formData)
  if (!factorId) {
    return { error: "Start the set-up again.", at: Date.now() }
  }
  if (!CODE_PATTERN.test(code)) {
    const message = "Enter the 6-digit code."
    return { error: message, fieldErrors: { code: message }, factorId, at: Date.now() }
  }
  const answer = await customerRequest<{ mfa_factor: { id: string; status: string } }>(
    `/auth/mfa/factors/${encodeURIComponent(factorId)}/verify`,
    { method: "POST", body: { code } }
  )
  if (!answer.ok) {
    return { ...refused(answer, "That code did not work. Check it and try again.", "code"), factorId }
  }
  const codes = await firstRecoveryCodes()
  refreshSecurityPage(formData)
  return { error: null, success: true, codes, at: Date.now() }
}

/** New recovery codes (shown once); older ones stop working. */
export async function generateRecoveryCodes(
  _previous: SecurityFormState,
  formData: FormData
): Promise<SecurityFormState> {
  const answer = await customerRequest<{ codes?: string[]; recovery_codes?: string[] }>(
    "/auth/mfa/recovery-codes",
    { method: "POST", body: {} }
  )
  if (!answer.ok) {
    return refused(answer, "Recovery codes could not be made.")
  }
  refreshSecurityPage(formData)
  return {
    error: null,
    success: true,
    codes: answer.data.codes ?? answer.data.recovery_codes ?? [],
    at: Date.now(),
  }
}

/** Sends a current email or SMS code, to confirm turning a factor off. */
export async function sendSecurityCode(
  _previous: SecurityFormState,
  formData: FormData
): Promise<SecurityFormState> {
  const method = String(formData.get("method") ?? "")
  if (method !== "email_otp" && method !== "sms_otp") {
    return { error: "Codes can only be sent by email or SMS.", at: Date.now() }
  }
  const answer = await customerRequest<{ sent_to?: string }>("/store/account/mfa/send-code", {
    method: "POST",
    body: { method },
  })
  if (!answer.ok) {
    return refused(answer, "The code could not be sent.")
  }
  const where = answer.data.sent_to ? ` to ${answer.data.sent_to}` : ""
  return { error: null, notice: `We sent a code${where}.`, resendAfter: 60, at: Date.now() }
}

/** Turns a factor off; needs the password and a current code of any enabled method. */
export async function disableFactor(
  _previous: SecurityFormState,
  formData: FormData
): Promise<SecurityFormState> {
  const factorId = String(formData.get("factor_id") ?? "")
  const password = String(formData.get("password") ?? "")
  const method = String(formData.get("method") ?? "")
  const rawCode = String(formData.get("code") ?? "").trim()
  const code = method === "recovery_code" ? rawCode : rawCode.replace(/\s+/g, "")

  const fieldErrors: Record<string, string> = {}
  if (!password) fieldErrors.password = "Enter your password."
  if (!method) fieldErrors.method = "Choose how you confirm it's you."
  if (!code) fieldErrors.code = "Enter a current code."
  if (Object.keys(fieldErrors).length) {
    return { error: "Please fix the highlighted fields.", fieldErrors, at: Date.now() }
  }

  const answer = await customerRequest<{ security: AccountSecurity }>(
    `/store/account/security/factors/${encodeURIComponent(factorId)}/disable`,
    { method: "POST", body: { password, method, code } }
  )
  if (!answer.ok) {
    return refused(answer, "The factor could not be turned off.")
  }
  refreshSecurityPage(formData)
  return { error: null, success: true, at: Date.now() }
}
