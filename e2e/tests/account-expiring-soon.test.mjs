import assert from "node:assert/strict"
import { test } from "node:test"
import { adminApiHeaders, markOrderPaid, publishableKey, waitForSubscription, waitForSubscriptionStatus } from "../lib/admin.mjs"
import { STOREFRONT_URL } from "../lib/browser.mjs"
import { api, placeOrderViaApi } from "../lib/store-api.mjs"
import { placeOrderAtCheckout, registerInStorefront, uniqueEmail } from "../lib/storefront.mjs"
import { browserTest } from "../lib/fixture.mjs"

// A customer's account overview warns about a subscription that expires
// within a week, and the customer renews it from there.
//
// A subscription only comes near its expiry with real time passing (the
// admin's extend route only moves expiry later, and the test clock runs the
// jobs as of a date without changing "now" for the storefront), so the admin
// sells a weekly plan, as a shop selling trial or weekly terms would: bought
// today, it expires in 7 days. The product is removed again afterwards.

let page
let admin
let productId

/** A published one-week plan in the storefront's sales channel (the admin's Products API). */
const { step } = browserTest("account-expiring-soon", {
  async setup({ newPerson }) {
    admin = await adminApiHeaders()
    ;({ page } = await newPerson())
  },
  async teardown() {
    if (productId) {
      await api(`/admin/products/${productId}`, { method: "DELETE", headers: admin }).catch(() => undefined)
    }
  },
  page: () => page,
})

async function createWeeklyPlan() {
  const { stores } = await api("/admin/stores", { headers: admin })
  const handle = `weekly-sandbox-${Date.now()}`
  const { product } = await api("/admin/products", {
    method: "POST",
    headers: admin,
    body: {
      title: "Weekly Sandbox",
      handle,
      status: "published",
      sales_channels: [{ id: stores[0].default_sales_channel_id }],
      options: [{ title: "Plan", values: ["Sandbox"] }],
      variants: [
        {
          title: "Sandbox / Weekly",
          manage_inventory: false,
          options: { Plan: "Sandbox" },
          prices: [{ currency_code: "usd", amount: 3 }],
          metadata: { plan: "Sandbox", billing_interval: "week", billing_interval_count: 1 },
        },
      ],
    },
  })
  productId = product.id
  return handle
}

test("the account overview shows a subscription expiring within 7 days, and renewing it clears the warning", async () => {
  const handle = await createWeeklyPlan()
  const key = await publishableKey(admin)
  const email = uniqueEmail("expiring")
  const password = "correct-horse-42"
  let sub

  await step("register", async () => {
    await registerInStorefront(page, { email, password })
    await page.getByTestId("expiring-soon-empty").waitFor()
  })

  await step("buy-weekly-plan", async () => {
    const { token } = await api("/auth/customer/emailpass", { method: "POST", body: { email, password } })
    const auth = { authorization: `Bearer ${token}` }
    const order = await placeOrderViaApi({ publishableKey: key, email, auth, handle, variantTitle: "Sandbox / Weekly" })
    const headers = { "x-publishable-api-key": key, ...auth }
    sub = await waitForSubscription(headers)
    // the bank transfer arrives: the week starts now
    await markOrderPaid(order.id)
    sub = await waitForSubscriptionStatus(headers, sub.id, "active")
    assert.equal(sub.billing_interval, "week")
  })

  await step("expiring-soon-card", async () => {
    await page.goto(`${STOREFRONT_URL}/us/account`)
    const item = page.getByTestId("expiring-soon-item")
    await item.waitFor()
    assert.equal(await item.count(), 1)
    const text = await item.textContent()
    assert.match(text, /Weekly Sandbox/)
    assert.match(text, /Sandbox/)
    assert.match(text, /Expires in 7 days/)
  })

  /** The customer's newest order (the renewal just placed). */
  async function latestOrderId() {
    const { token } = await api("/auth/customer/emailpass", { method: "POST", body: { email, password } })
    const { orders } = await api("/store/orders?order=-created_at&limit=1&fields=id", {
      headers: { "x-publishable-api-key": key, authorization: `Bearer ${token}` },
    })
    return orders[0].id
  }

  await step("renew-from-the-card", async () => {
    await page.getByTestId("expiring-soon-item").getByRole("link", { name: "Weekly Sandbox" }).click()
    await page.waitForURL(new RegExp(`/us/account/subscriptions/${sub.id}$`))
    assert.match(await page.getByTestId("subscription-days-left").textContent(), /Expires in 7 days/)
    await page.getByTestId("subscription-renew").click()
    await page.waitForURL(/\/us\/checkout/)
    await placeOrderAtCheckout(page)
  })

  await step("renewal-awaits-payment", async () => {
    // placed by bank transfer: nothing is extended before the money is in
    await page.goto(`${STOREFRONT_URL}/us/account`)
    assert.match(await page.getByTestId("expiring-soon-card").textContent(), /Expires in 7 days/)
    const renewalOrderId = await latestOrderId()
    await markOrderPaid(renewalOrderId)
  })

  await step("warning-cleared", async () => {
    // the paid renewal order extends the subscription (payment.captured subscriber)
    for (let i = 0; i < 20; i++) {
      await page.goto(`${STOREFRONT_URL}/us/account`)
      await page.getByTestId("expiring-soon-card").waitFor()
      if (await page.getByTestId("expiring-soon-empty").count()) {
        break
      }
      await page.waitForTimeout(500)
    }
    assert.match(await page.getByTestId("expiring-soon-card").textContent(), /Nothing expires in the next 7 days/)
    await page.goto(`${STOREFRONT_URL}/us/account/subscriptions/${sub.id}`)
    assert.match(await page.getByTestId("subscription-days-left").textContent(), /Expires in 14 days/)
  })
})
