import assert from "node:assert/strict"
import { test } from "node:test"
import { adminApiHeaders, buySubscription, loginToAdmin, publishableKey } from "../lib/admin.mjs"
import { BACKEND_URL } from "../lib/browser.mjs"
import { api, registerViaApi } from "../lib/store-api.mjs"
import { browserTest } from "../lib/fixture.mjs"

// Issue 18, "every job an operator does has a screen": the support profile and chat hours, a
// subscription cancelled at period end or now, a ticket opened for a customer (from the Tickets
// page and from the customer's page), an email template edited, tested, versioned and reset, and
// a product restricted in a region — each done in the dashboard, checked through the API. At
// 390 px where the job is one an operator does on a phone (cancel, new ticket).

let page
let admin
let key

const { step } = browserTest("admin-operator-screens", {
  apps: ["backend"],
  async setup({ newPerson }) {
    admin = await adminApiHeaders()
    key = await publishableKey(admin)
    ;({ page } = await newPerson({ width: 1400, height: 900 }))
    await loginToAdmin(page)
  },
  async teardown() {
    // leave the shared store as the other tests expect it
    await api("/admin/support-profile", {
      method: "POST",
      headers: admin,
      body: { display_name: null, avatar_url: null, timezone: "UTC", days: [1, 2, 3, 4, 5], opens_at: "08:00", closes_at: "20:00" },
    }).catch(() => {})
    await api("/admin/notification-templates/welcome/reset", { method: "POST", headers: admin, body: {} }).catch(() => {})
  },
  page: () => page,
})

test("an admin sets support's display name and chat hours; the store publishes them", async () => {
  await step("open settings", async () => {
    await page.goto(`${BACKEND_URL}/app/settings/support-profile`)
    await page.getByTestId("support-profile").waitFor()
  })
  await step("edit and save", async () => {
    await page.getByTestId("support-display-name").fill("Sam from CloudServices")
    await page.getByTestId("support-timezone").fill("Europe/Berlin")
    await page.getByTestId("support-day-6").click() // add Saturday
    await page.getByTestId("support-opens-at").fill("09:00")
    await page.getByTestId("support-closes-at").fill("18:00")
    await page.getByTestId("support-profile-save").click()
    await page.getByTestId("support-hours-text").filter({ hasText: "Monday to Saturday, 09:00–18:00 Europe/Berlin" }).waitFor()
  })
  const { support } = await api("/store/support?as_of=2026-12-05T10:00:00Z", { headers: { "x-publishable-api-key": key } })
  assert.equal(support.display_name, "Sam from CloudServices")
  assert.equal(support.hours.text, "Monday to Saturday, 09:00–18:00 Europe/Berlin")
  assert.equal(support.open, true) // Saturday 11:00 in Berlin
})

test("an admin cancels a subscription at period end, then at once, each after a confirmation (390 px)", async () => {
  const { subscription: sub } = await buySubscription({ admin, prefix: "admin-cancel" })
  await page.setViewportSize({ width: 390, height: 844 })
  try {
    await step("at period end", async () => {
      await page.goto(`${BACKEND_URL}/app/subscriptions/${sub.id}`)
      await page.getByTestId("subscription-cancel").click()
      await page.getByTestId("subscription-cancel-dialog").waitFor()
      await page.getByTestId("subscription-cancel-reason").fill("Asked by phone")
      await page.getByTestId("subscription-cancel-confirm").click()
      await page.getByTestId("subscription-timeline").getByText("Asked by phone").waitFor()
    })
    let { subscription } = await api(`/admin/subscriptions/${sub.id}`, { headers: admin })
    assert.equal(subscription.status, "active")
    assert.equal(subscription.cancel_at_period_end, true)

    await step("now", async () => {
      await page.getByTestId("subscription-cancel").click()
      await page.getByTestId("subscription-cancel-at-now").click()
      await page.getByTestId("subscription-cancel-confirm").click()
      await page.getByTestId("subscription-status").filter({ hasText: /cancelled/i }).first().waitFor()
    })
    ;({ subscription } = await api(`/admin/subscriptions/${sub.id}`, { headers: admin }))
    assert.equal(subscription.status, "cancelled")
  } finally {
    await page.setViewportSize({ width: 1400, height: 900 })
  }
})

test("an admin opens a ticket for a customer from the Tickets page (picker) and from the customer's page (prefilled)", async () => {
  const email = `ticket-for-${Date.now()}@example.com`
  await registerViaApi({ publishableKey: key, email })
  const { customers } = await api(`/admin/customers?q=${encodeURIComponent(email)}`, { headers: admin })
  const customer = customers[0]

  await step("tickets page", async () => {
    await page.goto(`${BACKEND_URL}/app/tickets`)
    await page.getByTestId("tickets-new").click()
    await page.getByTestId("new-ticket-customer-search").fill(email.split("@")[0])
    await page.getByTestId("new-ticket-customer-option").filter({ hasText: email }).click()
    await page.getByTestId("new-ticket-subject").fill("Called about a DNS change")
    await page.getByTestId("new-ticket-body").fill("The customer called: MX records for their domain.")
    await page.getByTestId("new-ticket-submit").click()
    await page.waitForURL(/\/app\/tickets\/tkt_/)
  })

  await step("customer page", async () => {
    await page.goto(`${BACKEND_URL}/app/customers/${customer.id}`)
    await page.getByTestId("customer-new-ticket").click()
    await page.getByTestId("new-ticket-customer-picked").filter({ hasText: email }).waitFor()
    await page.getByTestId("new-ticket-subject").fill("Follow-up on the invoice address")
    await page.getByTestId("new-ticket-body").fill("Asked us to fix the address on the last invoice.")
    await page.getByTestId("new-ticket-submit").click()
    await page.waitForURL(/\/app\/tickets\/tkt_/)
  })

  const { tickets } = await api(`/admin/tickets?customer_id=${customer.id}`, { headers: admin })
  assert.deepEqual(tickets.map((t) => t.subject).sort(), ["Called about a DNS change", "Follow-up on the invoice address"])
})

test("an admin edits the welcome email, sends a test, sees the versions and resets it", async () => {
  await step("edit", async () => {
    await page.goto(`${BACKEND_URL}/app/email-templates?name=welcome`)
    await page.getByTestId("email-template-edit").click()
    await page.getByTestId("email-template-subject-input").fill("Hi {{customer.first_name}}, welcome to {{brand.name}}")
    await page.getByTestId("email-template-preview-draft").click()
    await page.getByTestId("email-template-draft-preview").getByText("Hi Ada, welcome to").waitFor()
    await page.getByTestId("email-template-save").click()
    await page.getByTestId("email-template-version").filter({ hasText: "version 1" }).waitFor()
    await page.getByTestId("email-template-subject").filter({ hasText: "Hi Ada, welcome to" }).waitFor()
  })
  await step("test send", async () => {
    await page.getByTestId("email-template-test").click()
    await page.getByText(/Test email queued/).waitFor()
  })
  await step("versions and reset", async () => {
    await page.getByTestId("email-template-versions").click()
    await page.getByTestId("email-template-version-row").first().waitFor()
    await page.keyboard.press("Escape")
    await page.getByTestId("email-template-reset").click()
    await page.getByTestId("email-template-reset-confirm").click()
    await page.getByTestId("email-template-version").filter({ hasText: "Built-in text" }).waitFor()
  })
  const { template, versions } = await api("/admin/notification-templates/welcome", { headers: admin })
  assert.equal(template.edited, false)
  assert.deepEqual(versions.map((v) => v.source).slice(0, 2), ["reset", "edit"])
})

test("an admin restricts a product in a region and sells it there again", async () => {
  const { regions } = await api("/admin/regions?limit=1&fields=id,name", { headers: admin })
  const region = regions[0]
  const { products } = await api("/admin/products?limit=1&fields=id,title", { headers: admin })
  const product = products[0]
  const before = (await api(`/admin/regions/${region.id}/restrictions`, { headers: admin })).product_ids

  await step("restrict", async () => {
    await page.goto(`${BACKEND_URL}/app/region-restrictions?region_id=${region.id}`)
    await page.getByTestId("region-product-search").fill(product.title)
    await page.getByTestId("region-product-option").filter({ hasText: product.title }).getByTestId("region-restrict").click()
    await page.getByTestId("region-restricted-product").filter({ hasText: product.title }).waitFor()
    await page.getByTestId("region-restrictions-effect").getByText(/restricted/).waitFor()
  })
  assert.ok((await api(`/admin/regions/${region.id}/restrictions`, { headers: admin })).product_ids.includes(product.id))

  await step("release", async () => {
    await page.getByTestId("region-restricted-product").filter({ hasText: product.title }).getByTestId("region-unrestrict").click()
    await page.getByTestId("region-restricted-product").filter({ hasText: product.title }).waitFor({ state: "detached" })
  })
  assert.deepEqual((await api(`/admin/regions/${region.id}/restrictions`, { headers: admin })).product_ids.sort(), before.sort())
})
