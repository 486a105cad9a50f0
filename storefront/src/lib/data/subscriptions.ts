"use server"

import { revalidatePath, revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "@lib/config"
import { safeCountryCode } from "@lib/util/country"
import { errorMessage, errorStatus } from "@lib/util/errors"
import { getAuthHeaders, setCartId } from "./cookies"
import type {
  SubscriptionStatus,
  SubscriptionPlanOption,
  StoreSubscription,
  StoreSubscriptionEvent,
  StoreSubscriptionListResponse,
  StoreChangePlanResponse as ChangePlanResponse,
  StoreSubscriptionResponse,
  StoreSubscriptionHistoryResponse,
  SubscriptionPlanOptionsResponse,
} from "@cs/http-types"
export type { SubscriptionPlanOption, StoreSubscription, StoreSubscriptionEvent }
export type { SubscriptionUnpaidOrder } from "@cs/http-types"

export type SubscriptionActionResult = { error: string | null; success?: boolean }

const SUBSCRIPTIONS_PATH = "/store/subscriptions"

function subscriptionPath(id: string, action?: string) {
  return `${SUBSCRIPTIONS_PATH}/${encodeURIComponent(id)}${action ? `/${action}` : ""}`
}

/** Renders the account pages that show subscriptions again after a change. */
function refreshSubscriptions(countryCode: string, id: string) {
  const code = safeCountryCode(countryCode)
  revalidatePath(`/${code}/account`)
  revalidatePath(`/${code}/account/subscriptions`)
  revalidatePath(`/${code}/account/subscriptions/${id}`)
}

/** The signed-in customer's subscriptions, soonest expiry first; never cached. */
export async function listSubscriptions({
  status,
  limit = 50,
  offset = 0,
}: {
  status?: SubscriptionStatus
  limit?: number
  offset?: number
} = {}): Promise<{ subscriptions: StoreSubscription[]; count: number }> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return { subscriptions: [], count: 0 }
  }
  return sdk.client
    .fetch<StoreSubscriptionListResponse>(SUBSCRIPTIONS_PATH, {
      query: { ...(status ? { status } : {}), limit, offset },
      headers,
      cache: "no-store",
    })
    .then(({ subscriptions, count }) => ({ subscriptions, count }))
}

/** One of the customer's subscriptions; null when it is not theirs (404). Never cached. */
export async function retrieveSubscription(id: string): Promise<StoreSubscription | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return null
  }
  return sdk.client
    .fetch<StoreSubscriptionResponse>(subscriptionPath(id), {
      headers,
      cache: "no-store",
    })
    .then(({ subscription }) => subscription)
    .catch((error) => {
      if (errorStatus(error) === 404) {
        return null
      }
      throw error
    })
}

/** What happened to a subscription, oldest first; never cached. */
export async function listSubscriptionEvents(id: string): Promise<StoreSubscriptionEvent[]> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return []
  }
  return sdk.client
    .fetch<StoreSubscriptionHistoryResponse>(subscriptionPath(id, "history"), {
      headers,
      cache: "no-store",
    })
    .then(({ events }) =>
      // In the order they were recorded, as the backend lists them (a
      // test-clock run can record business times in the future).
      [...events].sort(
        (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
      )
    )
    .catch((error) => {
      if (errorStatus(error) === 404) {
        return []
      }
      throw error
    })
}

/** Turns automatic renewal on or off. */
export async function setAutoRenew(input: {
  id: string
  enabled: boolean
  countryCode: string
}): Promise<SubscriptionActionResult> {
  try {
    await sdk.client.fetch<StoreSubscriptionResponse>(
      subscriptionPath(input.id, "auto-renew"),
      { method: "POST", body: { enabled: input.enabled }, headers: await getAuthHeaders() }
    )
  } catch (error) {
    return { error: errorMessage(error, "Automatic renewal could not be changed.") }
  }
  refreshSubscriptions(input.countryCode, input.id)
  return { error: null, success: true }
}

/** Cancels the subscription at the end of the current period. */
export async function cancelSubscription(input: {
  id: string
  countryCode: string
  reason?: string
}): Promise<SubscriptionActionResult> {
  try {
    await sdk.client.fetch<StoreSubscriptionResponse>(
      subscriptionPath(input.id, "cancel"),
      {
        method: "POST",
        body: input.reason ? { reason: input.reason } : {},
        headers: await getAuthHeaders(),
      }
    )
  } catch (error) {
    return { error: errorMessage(error, "The subscription could not be cancelled.") }
  }
  refreshSubscriptions(input.countryCode, input.id)
  return { error: null, success: true }
}

/**
 * Makes `cartId` the shopper's cart and opens checkout: renewals and upgrades
 * are carts the backend prepares, paid like any other.
 */
async function checkoutCart(cartId: string, countryCode: string): Promise<never> {
  await setCartId(cartId)
  revalidateTag("cart")
  redirect(`/${safeCountryCode(countryCode)}/checkout`)
}

/**
 * Renew now: the backend hands out the subscription's renewal cart (the same
 * open one when there is one), which replaces the shopper's cart; checkout
 * then places the renewal order (the backend extends the subscription when
 * it is paid).
 */
export async function renewSubscription(input: {
  id: string
  countryCode: string
}): Promise<SubscriptionActionResult> {
  let cartId: string
  try {
    const { cart } = await sdk.client.fetch<{ cart: { id: string } }>(
      subscriptionPath(input.id, "renew"),
      { method: "POST", body: {}, headers: await getAuthHeaders() }
    )
    cartId = cart.id
  } catch (error) {
    return { error: errorMessage(error, "A renewal could not be started.") }
  }
  return checkoutCart(cartId, input.countryCode)
}

/**
 * The other plans and terms the subscription can move to, with what an
 * upgrade costs now; null when they could not be loaded. Never cached (the
 * prorated amount shrinks every day).
 */
export async function listPlanOptions(id: string): Promise<SubscriptionPlanOption[] | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return []
  }
  return sdk.client
    .fetch<SubscriptionPlanOptionsResponse>(subscriptionPath(id, "plan-options"), {
      headers,
      cache: "no-store",
    })
    .then(({ options }) => options)
    .catch((error) => (errorStatus(error) === 404 ? [] : null))
}

/**
 * Moves the subscription to another plan or term. An upgrade answers with a
 * cart for the prorated difference, which replaces the shopper's cart and
 * opens checkout (the plan switches once it is paid); a downgrade is
 * scheduled for the next renewal and the page shows it.
 */
export async function changeSubscriptionPlan(input: {
  id: string
  variantId: string
  countryCode: string
}): Promise<SubscriptionActionResult> {
  let result: ChangePlanResponse
  try {
    result = await sdk.client.fetch<ChangePlanResponse>(subscriptionPath(input.id, "change-plan"), {
      method: "POST",
      body: { variant_id: input.variantId },
      headers: await getAuthHeaders(),
    })
  } catch (error) {
    return { error: errorMessage(error, "The plan could not be changed.") }
  }
  if (result.kind === "upgrade") {
    return checkoutCart(result.cart.id, input.countryCode)
  }
  refreshSubscriptions(input.countryCode, input.id)
  return { error: null, success: true }
}

/** Keeps the current plan: cancels a downgrade scheduled for the next renewal. */
export async function cancelScheduledPlanChange(input: {
  id: string
  countryCode: string
}): Promise<SubscriptionActionResult> {
  try {
    await sdk.client.fetch<StoreSubscriptionResponse>(
      subscriptionPath(input.id, "change-plan"),
      { method: "DELETE", headers: await getAuthHeaders() }
    )
  } catch (error) {
    return { error: errorMessage(error, "The scheduled change could not be cancelled.") }
  }
  refreshSubscriptions(input.countryCode, input.id)
  return { error: null, success: true }
}
