import assert from "node:assert/strict"
import { test } from "node:test"
import { BACKEND_URL } from "../lib/browser.mjs"
import { api, placeOrderViaApi, registerViaApi } from "../lib/store-api.mjs"
import { browserTest } from "../lib/fixture.mjs"

// An admin opens the email log, finds a customer's order confirmation by
// their shopper id, previews it and resends it.

const ADMIN_EMAIL = process.env.ADMIN_EMAIL || "admin@cloudservices.local"
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD || "CloudAdmin!2026"
let page

const { step } = browserTest("email-log", {
  apps: ["backend"],
  async setup({ newPerson }) {
    ;({ page } = await newPerson({ width: 1400, height: 900 }))
  },
  page: () => page,
})

async function poll(fn, what) {
  for (let i = 0; i < 100; i++) {
    const value = await fn()
    if (value) {
      return value
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`timed out waiting for ${what}`)
}

test("an admin finds an order confirmation by shopper id, previews and resends it", async () => {
  const { token } = await api("/auth/user/emailpass", { method: "POST", body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } })
  const admin = { authorization: `Bearer ${token}` }
  const { api_keys } = await api("/admin/api-keys?type=publishable", { headers: admin })
  const email = `email-log-${Date.now()}@example.com`
  const auth = await registerViaApi({ publishableKey: api_keys[0].token, email })
  const order = await placeOrderViaApi({ publishableKey: api_keys[0].token, email, auth })
  const confirmation = await poll(async () => {
    const { notification_logs } = await api(
      `/admin/notification-logs?template=order_confirmation&to=${encodeURIComponent(email)}`,
      { headers: admin }
    )
    return notification_logs[0]?.status === "delivered" ? notification_logs[0] : null
  }, "the order confirmation")
  assert.match(confirmation.shopper_id, /^CS-/)

  await step("login", async () => {
    await page.goto(`${BACKEND_URL}/app/login`)
    await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
    await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
    await page.getByRole("button", { name: /continue/i }).click()
    await page.waitForURL((url) => !url.pathname.endsWith("/login"))
  })

  await step("find by shopper id", async () => {
    await page.goto(`${BACKEND_URL}/app/email-log`)
    await page.getByTestId("email-log-shopper-filter").fill(confirmation.shopper_id)
    const row = page.getByTestId("email-log-row").filter({ hasText: `Order #${order.display_id} confirmed` })
    await row.first().waitFor()
    // once the (debounced) filter applies, only this customer's messages are listed
    const rows = page.getByTestId("email-log-row")
    await poll(async () => (await rows.count()) === (await rows.filter({ hasText: email }).count()), "the filtered list")
    await row.first().click()
  })

  await step("preview", async () => {
    const drawer = page.getByTestId("notification-drawer")
    await drawer.waitFor()
    const frame = page.frameLocator('[data-testid="notification-drawer"] iframe').first()
    await frame.getByText("Thank you for your order").waitFor()
    await frame.getByText("Managed Redis").first().waitFor()
  })

  await step("resend", async () => {
    await page.getByTestId("notification-resend").click()
    await page.getByTestId("notification-resend-confirm").click()
    const resend = await poll(async () => {
      const { notification_logs } = await api(`/admin/notification-logs?resend_of_id=${confirmation.id}`, { headers: admin })
      return notification_logs[0]
    }, "the resend")
    assert.equal(resend.subject, confirmation.subject)
    assert.equal(resend.to, email)
  })
})
