"use server"

import { revalidatePath, revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "@lib/config"
import { safeCountryCode } from "@lib/util/country"
import { errorMessage, errorStatus } from "@lib/util/errors"
import { getAuthHeaders, setCartId } from "./cookies"

export type SubscriptionStatus = "active" | "suspended" | "cancelled" | "expired"

/** One hosted service the signed-in customer pays for (GET /store/subscriptions). */
export type StoreSubscription = {
  id: string
  number: string
  status: SubscriptionStatus
  product_id: string
  variant_id: string
  product_title: string
  plan: string
  currency_code: string
  /** Price per term, in major units. */
  amount: number
  billing_interval: string
  billing_interval_count: number
  started_at: string
  current_period_start: string
  expires_at: string
  days_left: number
  auto_renew: boolean
  cancel_at_period_end: boolean
  suspension_reason: string | null
}

export type SubscriptionEventType =
  | "created"
  | "activated"
  | "reminder_sent_7"
  | "reminder_sent_3"
  | "reminder_sent_1"
  | "renewal_paid"
  | "renewed"
  | "renewal_failed"
  | "suspended"
  | "unsuspended"
  | "extended"
  | "cancel_requested"
  | "cancelled"
  | "expired"
  | "auto_renew_changed"

export type StoreSubscriptionEvent = {
  id: string
  type: SubscriptionEventType | string
  actor: string | null
  note: string | null
  occurred_at: string
  created_at: string
}

type StoreSubscriptionListResponse = {
  subscriptions: StoreSubscription[]
  count: number
  limit: number
  offset: number
}

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
    .fetch<{ subscription: StoreSubscription }>(subscriptionPath(id), {
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
    .fetch<{ events: StoreSubscriptionEvent[] }>(subscriptionPath(id, "history"), {
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
    await sdk.client.fetch<{ subscription: StoreSubscription }>(
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
    await sdk.client.fetch<{ subscription: StoreSubscription }>(
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
 * Renew now: the backend makes a new cart holding one more term, which
 * replaces the shopper's cart; checkout then places the renewal order (the
 * backend extends the subscription when the order is placed).
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
  await setCartId(cartId)
  revalidateTag("cart")
  redirect(`/${safeCountryCode(input.countryCode)}/checkout`)
}
