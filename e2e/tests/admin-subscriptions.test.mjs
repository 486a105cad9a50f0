import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { assertUp, BACKEND_URL, openPage, stepper } from "../lib/browser.mjs"
import { api, placeOrderViaApi, registerViaApi } from "../lib/store-api.mjs"

// An admin finds a customer's new subscription in the dashboard and suspends
// it with a reason; the timeline and the API show it.

const ADMIN_EMAIL = process.env.ADMIN_EMAIL || "admin@cloudservices.local"
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD || "CloudAdmin!2026"
let browser
let page

before(async () => {
  await assertUp(`${BACKEND_URL}/health`, "Backend")
  ;({ browser, page } = await openPage({ width: 1400, height: 900 }))
})

after(async () => {
  await browser?.close()
})

const step = stepper("admin-subscriptions", () => page)

test("an admin suspends a customer's subscription with a reason", async () => {
  const { token } = await api("/auth/user/emailpass", { method: "POST", body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } })
  const admin = { authorization: `Bearer ${token}` }
  const { api_keys } = await api("/admin/api-keys?type=publishable", { headers: admin })
  const email = `admin-subs-${Date.now()}@example.com`
  const auth = await registerViaApi({ publishableKey: api_keys[0].token, email })
  await placeOrderViaApi({ publishableKey: api_keys[0].token, email, auth })
  let sub
  for (let i = 0; i < 50 && !sub; i++) {
    const { subscriptions } = await api("/store/subscriptions", { headers: { "x-publishable-api-key": api_keys[0].token, ...auth } })
    sub = subscriptions[0]
    await new Promise((r) => setTimeout(r, 200))
  }
  assert.ok(sub, "the order created a subscription")

  await step("login", async () => {
    await page.goto(`${BACKEND_URL}/app/login`)
    await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
    await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
    await page.getByRole("button", { name: /continue/i }).click()
    await page.waitForURL((url) => !url.pathname.endsWith("/login"))
  })

  await step("find", async () => {
    await page.goto(`${BACKEND_URL}/app/subscriptions?customer_id=${sub.customer_id}`)
    const row = page.getByTestId("subscription-row").filter({ hasText: sub.number })
    await row.first().waitFor()
    await row.first().click()
    await page.waitForURL(new RegExp(`/app/subscriptions/${sub.id}`))
  })

  await step("suspend", async () => {
    await page.getByTestId("subscription-suspend").click()
    await page.getByTestId("subscription-suspend-reason").fill("Abuse report #7")
    await page.getByTestId("subscription-suspend-confirm").click()
    await page.getByTestId("subscription-status").filter({ hasText: /suspended/i }).first().waitFor()
    await page.getByTestId("subscription-timeline").getByText("Abuse report #7").waitFor()
  })

  const { subscription } = await api(`/admin/subscriptions/${sub.id}`, { headers: admin })
  assert.equal(subscription.status, "suspended")
  assert.equal(subscription.suspension_reason, "Abuse report #7")
})
