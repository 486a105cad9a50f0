"use server"

import { redirect } from "next/navigation"
import { sdk } from "@lib/config"
import { safeCountryCode } from "@lib/util/country"
import { errorMessage } from "@lib/util/errors"
import { formatMoney } from "@lib/util/money"
import type { ActionResult } from "./cart"
import { refreshCart } from "./cart-cache"
import { getAuthHeaders, getCartId, removeCartId } from "./cookies"

// Checkout: the billing address on the cart, placing the order (pay later or
// through a gateway) and finishing a gateway payment. The cart itself is in cart.ts.

/** Medusa's built-in offline provider ("system"), shown as "Bank transfer / pay later". */
const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"

/** A gateway payment started by placeOrder: the browser finishes it with the gateway's widget. */
export type GatewayPayment = {
  provider_id: string
  /** the payment session's data (Stripe client_secret, PayPal order id, Razorpay order…) */
  data: Record<string, unknown>
  cart_id: string
  amount: number
  currency_code: string
  email: string
}

export type CheckoutState = {
  error: string | null
  fieldErrors?: Record<string, string>
  values?: Record<string, string>
  gateway?: GatewayPayment
  /** the address changed the total (its taxes): nothing was placed, the new total is shown */
  totalChanged?: boolean
}

/** The terms of "Bank transfer / pay later" (`GET /store/pay-later`). */
export type PayLaterTerms = { instructions: string; due_days: number }

/** The bank-transfer instructions and payment term; null when the backend offers none. */
export async function retrievePayLater(): Promise<PayLaterTerms | null> {
  return sdk.client
    .fetch<PayLaterTerms>("/store/pay-later", { cache: "no-store" })
    .then((terms) => (terms?.instructions ? terms : null))
    .catch(() => null)
}

const REQUIRED_FIELDS: Record<string, string> = {
  email: "Email",
  first_name: "First name",
  last_name: "Last name",
  address_1: "Address",
  city: "City",
  postal_code: "Postal code",
  country_code: "Country",
}

const ADDRESS_FIELDS = ["first_name", "last_name", "company", "address_1", "city", "postal_code", "country_code", "phone"]

function readCheckoutFields(formData: FormData) {
  const values: Record<string, string> = {}
  for (const name of ["email", ...ADDRESS_FIELDS]) {
    values[name] = String(formData.get(name) ?? "").trim()
  }
  return values
}

/**
 * The billing address as the cart's billing and shipping address. Services
 * are not shipped, but Medusa computes taxes from the shipping address, so
 * the billing address is also the tax address.
 */
function addressUpdate(values: Record<string, string>) {
  const address = {
    first_name: values.first_name,
    last_name: values.last_name,
    company: values.company || null,
    address_1: values.address_1,
    city: values.city,
    postal_code: values.postal_code,
    country_code: values.country_code.toLowerCase(),
    phone: values.phone || null,
  }
  return { billing_address: address, shipping_address: address }
}

/**
 * Saves the billing address typed at checkout on the cart as soon as it has a
 * country, so Medusa adds the address's taxes and the summary shows the
 * total that will be charged (the page is rendered again with the cart).
 */
export async function saveCheckoutAddress(formData: FormData): Promise<ActionResult> {
  const values = readCheckoutFields(formData)
  const cartId = await getCartId()
  if (!cartId || !values.country_code) {
    return { error: null }
  }
  try {
    await sdk.store.cart.update(cartId, addressUpdate(values), { fields: "id" }, await getAuthHeaders())
  } catch (error) {
    return { error: errorMessage(error, "Your address could not be saved.") }
  }
  refreshCart()
  return { error: null, success: true }
}

/** Whether two amounts differ by more than rounding. */
function differs(a: unknown, b: unknown) {
  return Math.abs(Number(a) - Number(b)) >= 0.005
}

/**
 * Checkout in one step: billing details on the cart, a session with the
 * chosen payment provider, then cart completion. Plans need an account, so
 * only a signed-in customer can place an order. The total shown next to the
 * button comes with the form: when the address changes it (its taxes), the
 * order is not placed and the page shows the new total first. Opens the
 * confirmation page on success; otherwise answers the backend's message
 * (e.g. a plan that is not sold in the billing region).
 */
export async function placeOrder(
  _previous: CheckoutState,
  formData: FormData
): Promise<CheckoutState> {
  const field = (name: string) => String(formData.get(name) ?? "").trim()
  const values = readCheckoutFields(formData)
  const country = safeCountryCode(field("page_country"))

  const fieldErrors: Record<string, string> = {}
  for (const [name, label] of Object.entries(REQUIRED_FIELDS)) {
    if (!values[name]) {
      fieldErrors[name] = `${label} is required.`
    }
  }
  if (values.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) {
    fieldErrors.email = "Enter a valid email address."
  }
  // kept ticked when the form comes back (a changed total, a missing field)
  values.terms_accepted = field("terms_accepted")
  if (values.terms_accepted !== "on") {
    fieldErrors.terms_accepted = "Accept the Terms of Service to place your order."
  }
  if (Object.keys(fieldErrors).length) {
    return { error: "Please complete the highlighted fields.", fieldErrors, values }
  }

  const cartId = await getCartId()
  if (!cartId) {
    return { error: "Your cart is empty.", values }
  }
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return { error: "Sign in or create an account to buy a plan.", values }
  }

  let orderId: string
  try {
    const { cart } = await sdk.store.cart.update(
      cartId,
      { email: values.email, ...addressUpdate(values) },
      { fields: "id,currency_code,total,*items,*payment_collection" },
      headers
    )
    if (!cart.items?.length) {
      return { error: "Your cart is empty.", values }
    }
    const shownTotal = field("expected_total")
    if (!shownTotal || differs(shownTotal, cart.total)) {
      refreshCart()
      return {
        error: `With the taxes for your billing address your total is ${formatMoney(cart.total, cart.currency_code, country)}. Check the summary, then place your order.`,
        totalChanged: true,
        values,
      }
    }

    // the ticked "I accept the Terms of Service": the backend stamps the time and the current
    // Terms version on the cart, and refuses to complete a cart without them
    await sdk.client.fetch(`/store/carts/${cart.id}/accept-terms`, { method: "POST", body: {}, headers })

    const providerId = field("payment_method") || SYSTEM_PAYMENT_PROVIDER
    if (providerId !== SYSTEM_PAYMENT_PROVIDER) {
      // a gateway: create its session (server-side: amount and order live with the backend),
      // the browser then pays with the gateway's widget and calls completeGatewayCheckout
      const saveCard = providerId === "pp_stripe_stripe" && field("save_card") === "on"
      const { payment_collection } = await sdk.store.payment.initiatePaymentSession(
        cart,
        { provider_id: providerId, data: saveCard ? { setup_future_usage: "off_session" } : undefined },
        {},
        headers
      )
      const session = payment_collection.payment_sessions?.find((s) => s.provider_id === providerId)
      if (!session) {
        return { error: "The payment could not be started. Please try again.", values }
      }
      return {
        error: null,
        values: { ...values, payment_method: providerId },
        gateway: {
          provider_id: providerId,
          data: (session.data ?? {}) as Record<string, unknown>,
          cart_id: cartId,
          amount: Number(session.amount ?? 0),
          currency_code: session.currency_code,
          email: values.email,
        },
      }
    }

    await sdk.store.payment.initiatePaymentSession(
      cart,
      { provider_id: SYSTEM_PAYMENT_PROVIDER },
      {},
      headers
    )

    const result = await sdk.store.cart.complete(cartId, {}, headers)
    if (result.type !== "order") {
      return {
        error: result.error?.message || "Your order could not be placed. Please try again.",
        values,
      }
    }
    orderId = result.order.id
  } catch (error) {
    return { error: errorMessage(error, "Your order could not be placed."), values }
  }

  await removeCartId()
  refreshCart()
  redirect(`/${country}/order/${orderId}/confirmed`)
}

export type GatewayCompletion = { error: string | null; redirectTo?: string }

/**
 * The last step of a gateway payment, after the shopper paid in the
 * gateway's widget: completes the cart (the backend checks the payment with
 * the gateway, nothing from the browser is trusted). On success it sends
 * the shopper to the order's confirmation page; otherwise it answers the
 * reason and the failure page to show.
 */
export async function completeGatewayCheckout(countryCode: string): Promise<GatewayCompletion> {
  const cc = safeCountryCode(countryCode)
  const cartId = await getCartId()
  if (!cartId) {
    return { error: "Your cart is empty." }
  }
  const headers = await getAuthHeaders()
  let orderId: string
  try {
    const result = await sdk.store.cart.complete(cartId, {}, headers)
    if (result.type !== "order") {
      const reason = result.error?.message || "The payment was not accepted."
      return { error: reason, redirectTo: `/${cc}/checkout/failed?reason=${encodeURIComponent(reason)}` }
    }
    orderId = result.order.id
  } catch (error) {
    const reason = errorMessage(error, "Your order could not be placed.")
    return { error: reason, redirectTo: `/${cc}/checkout/failed?reason=${encodeURIComponent(reason)}` }
  }
  await removeCartId()
  refreshCart()
  // redirect from the action itself: its response re-renders the current page,
  // and the checkout page, now without a cart, would send the shopper to the
  // empty cart before a client-side navigation could run
  redirect(`/${cc}/order/${orderId}/confirmed`)
}

/** Razorpay Checkout's handler result, checked by the backend against its stored order. */
export async function submitRazorpayPayment(input: {
  razorpay_payment_id: string
  razorpay_order_id: string
  razorpay_signature: string
}): Promise<{ error: string | null }> {
  const cartId = await getCartId()
  if (!cartId) {
    return { error: "Your cart is empty." }
  }
  try {
    await sdk.client.fetch(`/store/carts/${cartId}/razorpay-payment`, {
      method: "POST",
      body: input,
      headers: await getAuthHeaders(),
    })
    return { error: null }
  } catch (error) {
    return { error: errorMessage(error, "Razorpay could not confirm the payment.") }
  }
}
