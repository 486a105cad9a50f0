"use server"

import { redirect } from "next/navigation"
import { backendRequest, type BackendAnswer } from "@lib/config"
import { safeCountryCode, safeRelativePath } from "@lib/util/country"
import { refusalMessage } from "@lib/util/errors"
import { passwordProblem } from "@lib/util/password"
import {
  getClientHeaders,
  getPendingSignIn,
  removePendingSignIn,
  setPendingSignIn,
} from "./cookies"
import { startSession } from "./session"

/**
 * Registration with an emailed code, and sign-in with its possible extra
 * steps (email not verified yet, second factor). Every call goes through
 * `backendRequest` so a 429's retry time can be shown.
 */

export type SignInMethod = "totp" | "email_otp" | "sms_otp" | "recovery_code"

export type AuthFormState = {
  error: string | null
  fieldErrors?: Record<string, string>
  values?: Record<string, string>
  /** The email still needs its 6-digit code: show the code step. */
  step?: "verify"
  email?: string
  /** A neutral message to show (e.g. "We sent a code to …"). */
  notice?: string
  /** Seconds before another code can be asked for. */
  resendAfter?: number
  /** When this answer was made, so countdowns restart with each answer. */
  at?: number
  /** The email was verified but signing in afterwards did not work. */
  verified?: boolean
}

type LoginAnswer = {
  token?: string
  verification_required?: boolean
  mfa_required?: boolean
  mfa_challenge?: { id: string; methods: string[]; expires_at: string }
  message?: string
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const CODE_PATTERN = /^\d{6}$/
const DEFAULT_RESEND_SECONDS = 60

function readFields(formData: FormData, names: string[]) {
  const values: Record<string, string> = {}
  for (const name of names) {
    values[name] = String(formData.get(name) ?? "").trim()
  }
  return values
}

function loginRefusal(answer: Extract<BackendAnswer<unknown>, { ok: false }>) {
  switch (answer.status) {
    case 400:
    case 401:
      return answer.message || "Wrong email or password."
    case 403:
      return answer.message || "This account is suspended. Contact support."
    default:
      return refusalMessage(answer, "You could not be signed in. Please try again.")
  }
}

/** Asks for a fresh email verification code; the answer says when the next one can be asked for. */
async function requestVerificationCode(email: string): Promise<AuthFormState> {
  const answer = await backendRequest<{ message?: string; resend_after_seconds?: number }>(
    "/store/account/verify-email/resend",
    { method: "POST", body: { email }, headers: await getClientHeaders() }
  )
  if (!answer.ok) {
    return {
      error: refusalMessage(answer, "A new code could not be sent."),
      resendAfter: answer.retryAfter,
      at: Date.now(),
    }
  }
  return {
    error: null,
    notice: `We sent a new code to ${email}.`,
    resendAfter: answer.data.resend_after_seconds ?? DEFAULT_RESEND_SECONDS,
    at: Date.now(),
  }
}

/**
 * Signs in with email and password and follows the backend's answer: a token
 * starts the session; an unverified email gets a fresh code and the code step;
 * a second factor keeps the pre-MFA token in its own cookie and opens the
 * second step. Redirects when done.
 */
async function signInWithPassword(
  email: string,
  password: string,
  { countryCode, redirectTo }: { countryCode: string; redirectTo?: string | null }
): Promise<AuthFormState> {
  const answer = await backendRequest<LoginAnswer>("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password },
    headers: await getClientHeaders(),
  })
  if (!answer.ok) {
    return { error: loginRefusal(answer), values: { email } }
  }
  const { data } = answer
  const code = safeCountryCode(countryCode)

  if (data.mfa_required && data.mfa_challenge && data.token) {
    await setPendingSignIn({
      token: data.token,
      challengeId: data.mfa_challenge.id,
      methods: data.mfa_challenge.methods ?? [],
      expiresAt: data.mfa_challenge.expires_at,
      redirectTo: redirectTo ?? undefined,
    })
    redirect(`/${code}/account/login/two-factor`)
  }

  if (data.verification_required) {
    const sent = await requestVerificationCode(email)
    if (sent.error && sent.resendAfter) {
      // A code went out a moment ago (registration or an earlier try): that one still works.
      return {
        error: null,
        step: "verify",
        email,
        notice: `Confirm your email address first: enter the 6-digit code we recently sent to ${email}.`,
        resendAfter: sent.resendAfter,
        at: sent.at,
      }
    }
    return {
      ...sent,
      step: "verify",
      email,
      notice: sent.error
        ? undefined
        : `Confirm your email address first: we sent a 6-digit code to ${email}.`,
    }
  }

  if (!data.token) {
    return { error: "You could not be signed in. Please try again.", values: { email } }
  }
  await startSession(data.token)
  redirect(redirectTo ?? `/${code}/account`)
}

export async function signup(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = readFields(formData, ["first_name", "last_name", "email", "phone", "page_country"])
  const password = String(formData.get("password") ?? "")

  const fieldErrors: Record<string, string> = {}
  if (!values.first_name) fieldErrors.first_name = "First name is required."
  if (!values.last_name) fieldErrors.last_name = "Last name is required."
  if (!EMAIL_PATTERN.test(values.email)) fieldErrors.email = "Enter a valid email address."
  const problem = passwordProblem(password, values.email)
  if (problem) fieldErrors.password = problem
  if (Object.keys(fieldErrors).length) {
    return { error: "Please fix the highlighted fields.", fieldErrors, values }
  }

  const answer = await backendRequest<{ message?: string; resend_after_seconds?: number }>(
    "/store/account/register",
    {
      method: "POST",
      body: {
        email: values.email,
        password,
        first_name: values.first_name,
        last_name: values.last_name,
        ...(values.phone ? { phone: values.phone } : {}),
      },
      headers: await getClientHeaders(),
    }
  )
  if (!answer.ok) {
    const message = refusalMessage(answer, "Your account could not be created.")
    return {
      error: message,
      fieldErrors: answer.status === 400 && /password/i.test(message) ? { password: message } : undefined,
      values,
    }
  }

  return {
    error: null,
    step: "verify",
    email: values.email,
    notice: `We sent a 6-digit code to ${values.email}. Enter it to finish creating your account.`,
    resendAfter: answer.data.resend_after_seconds ?? DEFAULT_RESEND_SECONDS,
    at: Date.now(),
  }
}

export async function login(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = readFields(formData, ["email", "page_country", "redirect_to"])
  const password = String(formData.get("password") ?? "")

  if (!values.email || !password) {
    return { error: "Enter your email and password.", values }
  }
  const result = await signInWithPassword(values.email, password, {
    countryCode: values.page_country,
    redirectTo: safeRelativePath(values.redirect_to),
  })
  return { ...result, values: { ...values, ...(result.values ?? {}) } }
}

/**
 * Checks the emailed code. With the password the shopper just typed (kept in
 * the browser's memory by the form, never sent back by the server), signs in
 * straight away; without it (no JavaScript, or a reload) sends them to sign in.
 */
export async function verifyEmail(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = readFields(formData, ["email", "page_country", "redirect_to"])
  const code = String(formData.get("code") ?? "").replace(/\s+/g, "")
  const password = String(formData.get("password") ?? "")
  const country = safeCountryCode(values.page_country)

  if (!CODE_PATTERN.test(code)) {
    const message = "Enter the 6-digit code from the email."
    return { error: message, fieldErrors: { code: message }, step: "verify", email: values.email }
  }

  const answer = await backendRequest<{ verified?: boolean }>("/store/account/verify-email", {
    method: "POST",
    body: { email: values.email, code },
    headers: await getClientHeaders(),
  })
  if (!answer.ok) {
    const message = refusalMessage(answer, "That code did not work. Check it or ask for a new one.")
    return { error: message, fieldErrors: { code: message }, step: "verify", email: values.email }
  }

  if (!password) {
    redirect(`/${country}/account/login?verified=1`)
  }
  const result = await signInWithPassword(values.email, password, {
    countryCode: country,
    redirectTo: safeRelativePath(values.redirect_to),
  })
  return {
    ...result,
    verified: true,
    error: result.error ? `Your email is verified, but signing in did not work: ${result.error}` : null,
  }
}

/** "Resend code": a new verification code by email (the backend limits how often). */
export async function resendVerificationCode(
  _previous: AuthFormState,
  formData: FormData
): Promise<AuthFormState> {
  const email = String(formData.get("email") ?? "").trim()
  if (!EMAIL_PATTERN.test(email)) {
    return { error: "Enter a valid email address.", at: Date.now() }
  }
  return requestVerificationCode(email)
}

// ---- Second step of a sign-in (pre-MFA token in its own cookie) ----

const SIGN_IN_METHODS: SignInMethod[] = ["totp", "email_otp", "sms_otp", "recovery_code"]

/** What the second-step page may show: the methods and when the sign-in expires; never the token. */
export async function retrievePendingSignIn(): Promise<{
  methods: SignInMethod[]
  expiresAt: string
} | null> {
  const pending = await getPendingSignIn()
  if (!pending) {
    return null
  }
  const methods = pending.methods.filter((m): m is SignInMethod =>
    SIGN_IN_METHODS.includes(m as SignInMethod)
  )
  return { methods, expiresAt: pending.expiresAt }
}

export type SendCodeState = {
  error: string | null
  notice?: string
  /** Seconds before another code can be asked for. */
  resendAfter?: number
  at?: number
  /** The sign-in expired: start again from the password. */
  expired?: boolean
}

const EXPIRED_SIGN_IN = "This sign-in expired. Sign in again with your password."

/** "Send code" for the email or SMS second factor, with the pre-MFA token. */
export async function sendSignInCode(_previous: SendCodeState, formData: FormData): Promise<SendCodeState> {
  const method = String(formData.get("method") ?? "")
  const pending = await getPendingSignIn()
  if (!pending) {
    return { error: EXPIRED_SIGN_IN, expired: true }
  }
  if (method !== "email_otp" && method !== "sms_otp") {
    return { error: "Choose how to receive the code." }
  }
  const answer = await backendRequest<{ sent_to?: string; expires_in_seconds?: number }>(
    "/store/account/mfa/send-code",
    {
      method: "POST",
      body: { method },
      headers: { ...(await getClientHeaders()), authorization: `Bearer ${pending.token}` },
    }
  )
  if (!answer.ok) {
    if (answer.status === 401) {
      await removePendingSignIn()
      return { error: EXPIRED_SIGN_IN, expired: true }
    }
    return {
      error: refusalMessage(answer, "The code could not be sent."),
      resendAfter: answer.retryAfter,
      at: Date.now(),
    }
  }
  const where = answer.data.sent_to ? ` to ${answer.data.sent_to}` : ""
  const minutes = answer.data.expires_in_seconds
    ? ` It works for ${Math.round(answer.data.expires_in_seconds / 60)} minutes.`
    : ""
  return {
    error: null,
    notice: `We sent a code${where}.${minutes}`,
    resendAfter: DEFAULT_RESEND_SECONDS,
    at: Date.now(),
  }
}

export type SignInCodeState = {
  error: string | null
  expired?: boolean
}

/** Checks the second-factor code; a real customer token starts the session. */
export async function verifySignIn(_previous: SignInCodeState, formData: FormData): Promise<SignInCodeState> {
  const method = String(formData.get("method") ?? "")
  const country = safeCountryCode(formData.get("page_country"))
  const raw = String(formData.get("code") ?? "").trim()
  // Recovery codes are checked as saved (their case and dashes kept); 6-digit codes lose spaces.
  const code = method === "recovery_code" ? raw : raw.replace(/\s+/g, "")

  const pending = await getPendingSignIn()
  if (!pending) {
    return { error: EXPIRED_SIGN_IN, expired: true }
  }
  if (!SIGN_IN_METHODS.includes(method as SignInMethod) || !pending.methods.includes(method)) {
    return { error: "Choose one of the ways offered to confirm it's you." }
  }
  if (method === "recovery_code" ? code.length < 6 : !CODE_PATTERN.test(code)) {
    return {
      error:
        method === "recovery_code"
          ? "Enter one of your recovery codes, exactly as you saved it."
          : "Enter the 6-digit code.",
    }
  }

  const answer = await backendRequest<{ token?: string }>(
    `/auth/mfa/challenges/${encodeURIComponent(pending.challengeId)}/verify`,
    {
      method: "POST",
      body: { method, code },
      headers: { ...(await getClientHeaders()), authorization: `Bearer ${pending.token}` },
    }
  )
  if (!answer.ok) {
    if (new Date(pending.expiresAt).getTime() < Date.now()) {
      await removePendingSignIn()
      return { error: EXPIRED_SIGN_IN, expired: true }
    }
    return { error: refusalMessage(answer, "That code did not work. Check it and try again.") }
  }
  if (!answer.data.token) {
    return { error: "You could not be signed in. Please try again." }
  }
  const redirectTo = pending.redirectTo
  await startSession(answer.data.token)
  redirect(safeRelativePath(redirectTo) ?? `/${country}/account`)
}

/** Gives up the second step and goes back to the password form. */
export async function cancelSignIn(countryCode: string) {
  await removePendingSignIn()
  redirect(`/${safeCountryCode(countryCode)}/account/login`)
}
