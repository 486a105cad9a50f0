"use server"

import { revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { safeCountryCode } from "@lib/util/country"
import { passwordProblem } from "@lib/util/password"
import { removeAuthToken, removeCartId, removePendingSignIn } from "./cookies"
import type { AccountSecurity, SecurityFormState } from "./security"
import {
  CODE_PATTERN,
  E164_PATTERN,
  SESSION_ENDED,
  customerRequest,
  readCode,
  refreshSecurityPage,
  refused,
} from "./security-request"

// The account settings on the Security page: the phone number, the password
// and deleting the account. Second factors are in security.ts.

// ---- Phone ----

/** Saves a phone number and texts it a code to verify it. */
export async function addPhone(
  _previous: SecurityFormState,
  formData: FormData
): Promise<SecurityFormState> {
  const phone = String(formData.get("phone") ?? "").replace(/[\s().-]/g, "")
  if (!E164_PATTERN.test(phone)) {
    const message = "Enter the number with its country code, like +14155550123."
    return { error: message, fieldErrors: { phone: message }, at: Date.now() }
  }
  const answer = await customerRequest<{ sent_to?: string }>("/store/account/phone", {
    method: "POST",
    body: { phone },
  })
  if (!answer.ok) {
    return refused(answer, "The phone number could not be saved.", "phone")
  }
  refreshSecurityPage(formData)
  const where = answer.data.sent_to ?? phone
  return {
    error: null,
    notice: `We texted a 6-digit code to ${where}.`,
    resendAfter: 60,
    at: Date.now(),
  }
}

export async function verifyPhone(
  _previous: SecurityFormState,
  formData: FormData
): Promise<SecurityFormState> {
  const code = readCode(formData)
  if (!CODE_PATTERN.test(code)) {
    const message = "Enter the 6-digit code from the text message."
    return { error: message, fieldErrors: { code: message }, at: Date.now() }
  }
  const answer = await customerRequest<{ security: AccountSecurity }>(
    "/store/account/phone/verify",
    { method: "POST", body: { code } }
  )
  if (!answer.ok) {
    return refused(answer, "That code did not work.", "code")
  }
  refreshSecurityPage(formData)
  return { error: null, success: true, notice: "Your phone number is verified.", at: Date.now() }
}

// ---- Password and account ----

export async function changePassword(
  _previous: SecurityFormState,
  formData: FormData
): Promise<SecurityFormState> {
  const email = String(formData.get("email") ?? "")
  const current = String(formData.get("current_password") ?? "")
  const next = String(formData.get("new_password") ?? "")
  const confirm = String(formData.get("confirm_password") ?? "")

  const fieldErrors: Record<string, string> = {}
  if (!current) fieldErrors.current_password = "Enter your current password."
  const problem = passwordProblem(next, email)
  if (problem) fieldErrors.new_password = problem
  if (next !== confirm) fieldErrors.confirm_password = "The passwords do not match."
  if (Object.keys(fieldErrors).length) {
    return { error: "Please fix the highlighted fields.", fieldErrors, at: Date.now() }
  }

  const answer = await customerRequest<{ success: boolean }>("/store/account/change-password", {
    method: "POST",
    body: { current_password: current, new_password: next },
  })
  if (!answer.ok) {
    if (answer.status === 401 && answer.message !== SESSION_ENDED) {
      const message = answer.message || "Your current password is not correct."
      return { error: message, fieldErrors: { current_password: message }, at: Date.now() }
    }
    return refused(answer, "Your password could not be changed.", answer.status === 400 ? "new_password" : undefined)
  }
  refreshSecurityPage(formData)
  return { error: null, success: true, notice: "Your password was changed.", at: Date.now() }
}

/** Deletes the account after the password is confirmed, then signs out and goes home. */
export async function deleteAccount(
  _previous: SecurityFormState,
  formData: FormData
): Promise<SecurityFormState> {
  const password = String(formData.get("password") ?? "")
  const fieldErrors: Record<string, string> = {}
  if (!password) fieldErrors.password = "Enter your password to confirm."
  if (formData.get("confirm") !== "yes") {
    fieldErrors.confirm = "Tick the box to confirm you want to delete your account."
  }
  if (Object.keys(fieldErrors).length) {
    return { error: "Please confirm with your password.", fieldErrors, at: Date.now() }
  }

  const answer = await customerRequest<{ deleted: boolean }>("/store/account", {
    method: "DELETE",
    body: { password },
  })
  if (!answer.ok) {
    if (answer.status === 401 && answer.message !== SESSION_ENDED) {
      const message = answer.message || "That password is not correct."
      return { error: message, fieldErrors: { password: message }, at: Date.now() }
    }
    return refused(answer, "Your account could not be deleted.")
  }

  await removeAuthToken()
  await removePendingSignIn()
  await removeCartId()
  revalidateTag("customer")
  redirect(`/${safeCountryCode(formData.get("page_country"))}`)
}
