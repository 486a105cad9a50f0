import assert from "node:assert/strict"
import { test } from "node:test"
import { BACKEND_URL } from "../lib/browser.mjs"
import { api, placeOrderViaApi, registerViaApi } from "../lib/store-api.mjs"
import { browserTest } from "../lib/fixture.mjs"

// The seeded admin signs in to Medusa's dashboard at /app, finds an order a
// shopper just placed, and sees the product page's service-specs widget.

const ADMIN_EMAIL = process.env.ADMIN_EMAIL || "admin@cloudservices.local"
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD || "CloudAdmin!2026"
let page

const { step } = browserTest("admin", {
  apps: ["backend"],
  async setup({ newPerson }) {
    ;({ page } = await newPerson({ width: 1400, height: 900 }))
  },
  page: () => page,
})

test("the admin logs in to /app, finds a shopper's order and edits a product's service specs", async () => {

  const { token } = await api("/auth/user/emailpass", {
    method: "POST",
    body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  })
  const { api_keys } = await api("/admin/api-keys?type=publishable", {
    headers: { authorization: `Bearer ${token}` },
  })
  const email = `admin-e2e-${Date.now()}@example.com`
  // plans are sold to signed-in, verified customers only
  const auth = await registerViaApi({ publishableKey: api_keys[0].token, email })
  const order = await placeOrderViaApi({ publishableKey: api_keys[0].token, email, auth })

  await step("login", async () => {
    const dashboard = await page.goto(`${BACKEND_URL}/app/login`)
    // the dashboard can't be framed (clickjacking) and runs under its CSP
    const headers = dashboard.headers()
    assert.match(headers["content-security-policy"] ?? "", /frame-ancestors 'none'/)
    assert.match(headers["content-security-policy"] ?? "", /script-src 'self'/)
    assert.equal(headers["x-frame-options"], "DENY")
    assert.equal(headers["x-content-type-options"], "nosniff")
    assert.equal(headers["x-powered-by"], undefined)
    await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
    await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
    await page.getByRole("button", { name: /continue/i }).click()
    await page.waitForURL((url) => !url.pathname.endsWith("/login"))
  })

  await step("orders list", async () => {
    await page.goto(`${BACKEND_URL}/app/orders?q=${encodeURIComponent(email)}`)
    const row = page.locator("tr", { hasText: `#${order.display_id}` })
    await row.first().waitFor()
    // a registered customer's order shows their name
    assert.match(await row.first().innerText(), /Grace Hopper/)
  })

  await step("order detail", async () => {
    await page.locator("tr", { hasText: `#${order.display_id}` }).first().click()
    await page.waitForURL(new RegExp(`/app/orders/${order.id}`))
    await page.getByText("Managed Redis").first().waitFor()
  })

  await step("service specs widget", async () => {
    const { products } = await api(`/admin/products?handle=cloud-vps&fields=id`, {
      headers: { authorization: `Bearer ${token}` },
    })
    await page.goto(`${BACKEND_URL}/app/products/${products[0].id}`)
    await page.getByRole("heading", { name: "Service specs" }).waitFor()
    await page.getByText("Ashburn, US").first().waitFor()
    const widget = page.getByTestId("service-specs-widget")
    await widget.getByRole("button", { name: "Edit" }).click()
    await page.getByLabel("Pro features").fill("Weekly snapshots; 10,000 IOPS")
    await page.getByLabel("Pro vCPU").fill("12")
    await widget.getByRole("button", { name: "Save" }).click()
    await page.getByText("Service specs saved").waitFor()
    const { product } = await api(`/admin/products/${products[0].id}?fields=metadata`, {
      headers: { authorization: `Bearer ${token}` },
    })
    assert.deepEqual(product.metadata.service_specs.plans.Pro, {
      vcpu: 12,
      ram_gb: 16,
      storage_gb: 320,
      bandwidth_tb: 6,
      features: ["Weekly snapshots", "10,000 IOPS"],
    })
    assert.equal(product.metadata.service_specs.locations.length, 6)
  })
})
