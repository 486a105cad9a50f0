"use server"

import type { HttpTypes } from "@medusajs/types"
import { revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "@lib/config"
import { safeCountryCode } from "@lib/util/country"
import { errorMessage, errorStatus } from "@lib/util/errors"
import { passwordProblem } from "@lib/util/password"
import { getAuthHeaders, removeAuthToken, removeCartId, removePendingSignIn } from "./cookies"

export type FormState = {
  error: string | null
  success?: boolean
  fieldErrors?: Record<string, string>
  values?: Record<string, string>
  /** The password reset link expired or was already used. */
  expired?: boolean
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function readFields(formData: FormData, names: string[]) {
  const values: Record<string, string> = {}
  for (const name of names) {
    values[name] = String(formData.get(name) ?? "").trim()
  }
  return values
}

/** The signed-in customer, never cached; null for guests or an expired token. */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return null
  }
  return sdk.client
    .fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      query: { fields: "id,email,first_name,last_name,phone,company_name,created_at" },
      headers,
      cache: "no-store",
    })
    .then(({ customer }) => customer)
    .catch(() => null)
}

/** Signs out: forgets the token and the customer's cart. */
export async function signout(countryCode: string) {
  await removeAuthToken()
  await removePendingSignIn()
  await removeCartId()
  revalidateTag("customer")
  redirect(`/${safeCountryCode(countryCode)}`)
}

export async function updateProfile(
  _previous: FormState,
  formData: FormData
): Promise<FormState> {
  const values = readFields(formData, ["first_name", "last_name", "phone"])
  const fieldErrors: Record<string, string> = {}
  if (!values.first_name) fieldErrors.first_name = "First name is required."
  if (!values.last_name) fieldErrors.last_name = "Last name is required."
  if (Object.keys(fieldErrors).length) {
    return { error: "Please fix the highlighted fields.", fieldErrors, values }
  }

  try {
    await sdk.store.customer.update(
      { first_name: values.first_name, last_name: values.last_name, phone: values.phone || null },
      {},
      await getAuthHeaders()
    )
  } catch (error) {
    return { error: errorMessage(error, "Your profile could not be saved."), values }
  }

  revalidateTag("customer")
  return { error: null, success: true, values }
}

/**
 * Asks the backend to email a password reset link. The answer is the same
 * whether or not an account exists for the address, so the form cannot be
 * used to find out who has an account.
 */
export async function requestPasswordReset(
  _previous: FormState,
  formData: FormData
): Promise<FormState> {
  const values = readFields(formData, ["email"])
  if (!EMAIL_PATTERN.test(values.email)) {
    return {
      error: "Please fix the highlighted fields.",
      fieldErrors: { email: "Enter a valid email address." },
      values,
    }
  }

  try {
    await sdk.auth.resetPassword("customer", "emailpass", { identifier: values.email })
  } catch {
    // Deliberately neutral: an error must not tell whether the account exists.
  }
  return { error: null, success: true, values }
}

/**
 * Sets a new password with the token from the reset email. A 401 means the
 * token expired or was already used; a 400 is the password policy's refusal.
 */
export async function resetPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get("token") ?? "").trim()
  const email = String(formData.get("email") ?? "").trim()
  const password = String(formData.get("password") ?? "")
  const confirm = String(formData.get("confirm_password") ?? "")

  if (!token || !email) {
    return { error: null, expired: true }
  }

  const fieldErrors: Record<string, string> = {}
  const problem = passwordProblem(password, email)
  if (problem) {
    fieldErrors.password = problem
  }
  if (password !== confirm) {
    fieldErrors.confirm_password = "The passwords do not match."
  }
  if (Object.keys(fieldErrors).length) {
    return { error: "Please fix the highlighted fields.", fieldErrors }
  }

  try {
    await sdk.auth.updateProvider("customer", "emailpass", { email, password }, token)
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 403) {
      return { error: null, expired: true }
    }
    const message = errorMessage(error, "Your password could not be changed. Please try again.")
    // A 400 is the password policy refusing the new password: show it at the field too.
    return {
      error: message,
      fieldErrors: status === 400 ? { password: message } : undefined,
    }
  }

  return { error: null, success: true }
}
