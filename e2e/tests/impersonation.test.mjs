import assert from "node:assert/strict"
import { test } from "node:test"
import { BACKEND_URL, STOREFRONT_URL } from "../lib/browser.mjs"
import { adminAuthHeaders, api, placeOrderViaApi, registerViaApi } from "../lib/store-api.mjs"
import { uniqueEmail } from "../lib/storefront.mjs"
import { browserTest } from "../lib/fixture.mjs"

// Support opens a customer who has an order, views the store as them with a
// reason, sees the banner and their order, is refused a profile change and an
// add-to-cart, ends the view from the banner and finds the session (with the
// pages seen) on the admin's Impersonation page.

const ADMIN_EMAIL = process.env.ADMIN_EMAIL || "admin@cloudservices.local"
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD || "CloudAdmin!2026"
const READ_ONLY = "Read-only: you are viewing as this customer"
const REASON = "Ticket 4821: customer cannot find their invoice"

let context
let page
let store

const { step } = browserTest("impersonation", {
  async setup({ newPerson }) {
    ;({ context, page } = await newPerson({ width: 1400, height: 900 }))
  },
  page: () => store ?? page,
})

test("an admin views the store as a customer, read-only, then finds the session in the log", async () => {

  const admin = await adminAuthHeaders()
  const { api_keys } = await api("/admin/api-keys?type=publishable", { headers: admin })
  const publishableKey = api_keys[0].token
  const email = uniqueEmail("impersonated")
  const auth = await registerViaApi({ publishableKey, email })
  const order = await placeOrderViaApi({ publishableKey, email, auth })
  const { customer } = await api("/store/customers/me", { headers: { "x-publishable-api-key": publishableKey, ...auth } })

  await step("admin login", async () => {
    await page.goto(`${BACKEND_URL}/app/login`)
    await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
    await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
    await page.getByRole("button", { name: /continue/i }).click()
    await page.waitForURL((url) => !url.pathname.endsWith("/login"))
  })

  await step("view as customer", async () => {
    await page.goto(`${BACKEND_URL}/app/customers/${customer.id}`)
    const widget = page.getByTestId("customer-impersonation-widget")
    await widget.waitFor()
    await widget.getByTestId("impersonate-button").click()
    await page.getByTestId("impersonate-reason").fill("too short")
    assert.equal(await page.getByTestId("impersonate-confirm").isDisabled(), true, "a reason under 10 characters is not accepted")
    await page.getByTestId("impersonate-reason").fill(REASON)
    const [tab] = await Promise.all([context.waitForEvent("page"), page.getByTestId("impersonate-confirm").click()])
    store = tab
    await store.waitForURL(/\/us\/account$/)
  })

  await step("banner and orders", async () => {
    const banner = store.getByTestId("impersonation-banner")
    await banner.waitFor()
    const text = await banner.innerText()
    assert.match(text, new RegExp(`Viewing as .*${email.replace(/[.+]/g, "\\$&")}`))
    assert.match(text, /since \d{1,2}:\d{2}/)
    assert.match(text, /read-only/i)
    await store.goto(`${STOREFRONT_URL}/us/account/orders`)
    await store.getByTestId("order-row").filter({ hasText: `#${order.display_id}` }).waitFor()
    await store.getByTestId("impersonation-banner").waitFor()
  })

  await step("writes are refused", async () => {
    await store.goto(`${STOREFRONT_URL}/us/account/profile`)
    await store.getByLabel("First name").fill("Mallory")
    await store.getByTestId("profile-submit").click()
    await store.getByRole("alert").filter({ hasText: READ_ONLY }).waitFor()

    await store.goto(`${STOREFRONT_URL}/us/products/managed-redis`)
    await store.getByTestId("add-to-cart").click()
    await store.getByRole("alert").filter({ hasText: READ_ONLY }).waitFor()

    const { customer: unchanged } = await api(`/admin/customers/${customer.id}?fields=first_name`, { headers: admin })
    assert.equal(unchanged.first_name, "Grace")
  })

  await step("end from the banner", async () => {
    await store.getByTestId("impersonation-end").click()
    await store.waitForURL(/\/us$/)
    assert.equal(await store.getByTestId("impersonation-banner").count(), 0)
    await store.goto(`${STOREFRONT_URL}/us/account`)
    await store.waitForURL(/\/us\/account\/login/)
  })

  await step("impersonation log", async () => {
    await page.goto(`${BACKEND_URL}/app/impersonation`)
    await page.getByTestId("impersonation-page").waitFor()
    await page.getByPlaceholder("Customer email or name").fill(email)
    const row = page.locator("tr", { hasText: email })
    await row.first().waitFor()
    await row.first().getByText("Ended").waitFor()
    await row.first().click()
    await page.waitForURL(/\/app\/impersonation\/imps_/)
    await page.getByTestId("impersonation-reason").getByText(REASON).waitFor()
    await page.getByText("Ended from the storefront").waitFor()
    await page.getByTestId("impersonation-page-view").filter({ hasText: "/us/account/orders" }).first().waitFor()

    await page.getByTestId("impersonation-note-input").fill("Invoice link is below the fold on mobile")
    await page.getByTestId("impersonation-note-submit").click()
    await page.getByTestId("impersonation-note").filter({ hasText: "Invoice link is below the fold" }).waitFor()
  })

  const { sessions } = await api(`/admin/impersonation?customer_id=${customer.id}`, { headers: admin })
  assert.equal(sessions.length, 1)
  assert.equal(sessions[0].status, "ended")
  const { session } = await api(`/admin/impersonation/${sessions[0].id}`, { headers: admin })
  const refused = session.events.filter((e) => e.status_code === 403).map((e) => `${e.method} ${e.path}`)
  assert.ok(refused.includes("POST /store/customers/me"), `profile update refused and logged: ${refused}`)
  assert.ok(refused.some((line) => line.startsWith("POST /store/carts")), `cart write refused and logged: ${refused}`)
})
