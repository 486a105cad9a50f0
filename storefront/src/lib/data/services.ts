"use server"

import { revalidatePath } from "next/cache"
import { sdk } from "@lib/config"
import { safeCountryCode } from "@lib/util/country"
import { errorMessage, errorStatus } from "@lib/util/errors"
import { getAuthHeaders } from "./cookies"
import type { StoreServiceCredentialsResponse } from "@cs/http-types"
export type { ServiceStatus, StoreService } from "@cs/http-types"

export type ServiceActionResult = { error: string | null; success?: boolean }

function servicePath(subscriptionId: string, action: string) {
  return `/store/subscriptions/${encodeURIComponent(subscriptionId)}/${action}`
}

/**
 * The server's root password, after the customer re-entered their account
 * password. Handed to the page that asked and kept nowhere else: no cache,
 * no cookie, no log.
 */
export async function revealRootPassword(input: {
  subscriptionId: string
  password: string
}): Promise<{ error: string | null; rootPassword?: string }> {
  try {
    const { root_password } = await sdk.client.fetch<StoreServiceCredentialsResponse>(
      servicePath(input.subscriptionId, "credentials"),
      { method: "POST", body: { password: input.password }, headers: await getAuthHeaders(), cache: "no-store" }
    )
    return { error: null, rootPassword: root_password ?? undefined }
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 403) {
      return { error: errorMessage(error, "That password is not right.") }
    }
    return { error: errorMessage(error, "The password could not be shown. Please try again.") }
  }
}

async function runServiceAction(
  input: { subscriptionId: string; countryCode: string },
  action: "reboot" | "reinstall",
  body: Record<string, unknown>,
  fallback: string
): Promise<ServiceActionResult> {
  try {
    await sdk.client.fetch(servicePath(input.subscriptionId, `service/${action}`), {
      method: "POST",
      body,
      headers: await getAuthHeaders(),
    })
  } catch (error) {
    return { error: errorMessage(error, fallback) }
  }
  revalidatePath(`/${safeCountryCode(input.countryCode)}/account/subscriptions/${input.subscriptionId}`)
  return { error: null, success: true }
}

/** Restarts the server. */
export async function rebootService(input: { subscriptionId: string; countryCode: string }) {
  return runServiceAction(input, "reboot", {}, "The server could not be restarted.")
}

/** Erases the server and installs `os` on it (a new root password comes with it). */
export async function reinstallService(input: { subscriptionId: string; countryCode: string; os: string }) {
  return runServiceAction(input, "reinstall", { os: input.os }, "The server could not be reinstalled.")
}
