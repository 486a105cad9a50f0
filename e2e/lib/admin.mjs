import { BACKEND_URL } from "./browser.mjs"
import { api, placeOrderViaApi, registerViaApi } from "./store-api.mjs"

export const ADMIN_EMAIL = process.env.ADMIN_EMAIL || "admin@cloudservices.local"
export const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD || "CloudAdmin!2026"

/** Bearer headers of the seeded admin, for the Admin API. */
export async function adminApiHeaders() {
  const { token } = await api("/auth/user/emailpass", { method: "POST", body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } })
  return { authorization: `Bearer ${token}` }
}

/** The storefront's publishable API key. */
export async function publishableKey(admin) {
  const { api_keys } = await api("/admin/api-keys?type=publishable", { headers: admin })
  return api_keys[0].token
}

/** Signs in to the admin dashboard in `page`. */
export async function loginToAdmin(page) {
  await page.goto(`${BACKEND_URL}/app/login`)
  await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
  await page.getByRole("button", { name: /continue/i }).click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"))
}

/** The customer's first subscription, once the order.placed subscriber has created it. */
export async function waitForSubscription(headers) {
  for (let i = 0; i < 50; i++) {
    const { subscriptions } = await api("/store/subscriptions", { headers })
    if (subscriptions.length) {
      return subscriptions[0]
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error("the order created no subscription")
}

/**
 * The admin's "Mark as paid": Medusa's capture of every payment of the order
 * not captured yet (a bank transfer arrived).
 */
export async function markOrderPaid(orderId, admin) {
  const headers = admin ?? (await adminApiHeaders())
  const { order } = await api(`/admin/orders/${orderId}?fields=id,*payment_collections,*payment_collections.payments`, { headers })
  const payments = (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? [])
  for (const payment of payments.filter((p) => !p.captured_at && !p.canceled_at)) {
    await api(`/admin/payments/${payment.id}/capture`, { method: "POST", headers, body: {} })
  }
}

/** The subscription once it has `status` (payments and orders are handled asynchronously). */
export async function waitForSubscriptionStatus(headers, id, status) {
  for (let i = 0; i < 50; i++) {
    const { subscription } = await api(`/store/subscriptions/${id}`, { headers })
    if (subscription.status === status) {
      return subscription
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`subscription ${id} never became ${status}`)
}

/**
 * A new customer who bought a plan through the Store API (bank transfer /
 * pay later) and, unless `paid: false`, whose payment the admin recorded, so
 * the subscription is active; returns the customer's headers, order and subscription.
 */
export async function buySubscription({ admin, prefix = "subscriber", product, paid = true } = {}) {
  const key = await publishableKey(admin)
  const email = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`
  const auth = await registerViaApi({ publishableKey: key, email })
  const order = await placeOrderViaApi({ publishableKey: key, email, auth, ...product })
  const headers = { "x-publishable-api-key": key, ...auth }
  let subscription = await waitForSubscription(headers)
  if (paid) {
    await markOrderPaid(order.id, admin)
    subscription = await waitForSubscriptionStatus(headers, subscription.id, "active")
  }
  return { email, headers, order, subscription }
}
