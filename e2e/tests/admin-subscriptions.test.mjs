import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { adminApiHeaders, buySubscription, loginToAdmin } from "../lib/admin.mjs"
import { assertUp, BACKEND_URL, openPage, stepper } from "../lib/browser.mjs"
import { api } from "../lib/store-api.mjs"

// An admin manages customers' subscriptions from the dashboard: suspends one
// with a reason, unsuspends and extends one through confirmation dialogs, and
// finds a subscription from its customer's and its order's pages.

const DAY = 86_400_000
let browser
let page
let admin

before(async () => {
  await assertUp(`${BACKEND_URL}/health`, "Backend")
  admin = await adminApiHeaders()
  ;({ browser, page } = await openPage({ width: 1400, height: 900 }))
  await loginToAdmin(page)
})

after(async () => {
  await browser?.close()
})

const step = stepper("admin-subscriptions", () => page)

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** A date as the dashboard shows it (the browser's locale and time zone). */
const shownDate = (iso) => page.evaluate((v) => new Date(v).toLocaleDateString(undefined, { dateStyle: "medium" }), iso)
const shownDateTime = (iso) =>
  page.evaluate((v) => new Date(v).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }), iso)

test("an admin suspends a customer's subscription with a reason", async () => {
  const { subscription: sub } = await buySubscription({ admin, prefix: "admin-subs" })

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

test("an admin unsuspends a suspended subscription and extends it by 10 days, each after a confirmation dialog", async () => {
  const { subscription: sub } = await buySubscription({ admin, prefix: "admin-unsuspend" })
  await api(`/admin/subscriptions/${sub.id}/suspend`, { method: "POST", headers: admin, body: { reason: "Unpaid invoice #88" } })
  const timeline = page.getByTestId("subscription-timeline")

  await step("open", async () => {
    await page.goto(`${BACKEND_URL}/app/subscriptions/${sub.id}`)
    await page.getByTestId("subscription-number").filter({ hasText: sub.number }).waitFor()
    await page.getByTestId("subscription-suspension").getByText("Unpaid invoice #88").waitFor()
  })

  await step("unsuspend", async () => {
    await page.getByTestId("subscription-unsuspend").click()
    const dialog = page.getByTestId("subscription-unsuspend-dialog")
    await dialog.waitFor()
    assert.match(await dialog.textContent(), new RegExp(`Unsuspend ${sub.number}\\?`))
    assert.match(await dialog.textContent(), /Unpaid invoice #88/, "the dialog says why it was suspended")
    // cancelling changes nothing
    await dialog.getByRole("button", { name: "Cancel" }).click()
    await dialog.waitFor({ state: "detached" })
    assert.match(await page.getByTestId("subscription-status").first().textContent(), /suspended/i)

    await page.getByTestId("subscription-unsuspend").click()
    await page.getByTestId("subscription-unsuspend-note").fill("Invoice paid by bank transfer")
    await page.getByTestId("subscription-unsuspend-confirm").click()
    await dialog.waitFor({ state: "detached" })
    await page.getByTestId("subscription-status").filter({ hasText: /active/i }).first().waitFor()
    await page.getByTestId("subscription-suspension").waitFor({ state: "detached" })
    await timeline.locator('[data-type="unsuspended"]').getByText("Invoice paid by bank transfer").waitFor()
  })

  const current = (await api(`/admin/subscriptions/${sub.id}`, { headers: admin })).subscription
  const extended = new Date(new Date(current.expires_at).getTime() + 10 * DAY).toISOString()

  await step("extend", async () => {
    await page.getByTestId("subscription-expires").filter({ hasText: await shownDateTime(current.expires_at) }).waitFor()
    await page.getByTestId("subscription-extend").click()
    const dialog = page.getByTestId("subscription-extend-dialog")
    await dialog.waitFor()
    assert.match(await dialog.textContent(), new RegExp(`It expires on ${escape(await shownDate(current.expires_at))}`))
    await page.getByTestId("subscription-extend-days").fill("10")
    await page.getByTestId("subscription-extend-preview").filter({ hasText: `New expiry: ${await shownDate(extended)}` }).waitFor()
    await page.getByTestId("subscription-extend-note").fill("Goodwill for the outage on 3 March")
    await page.getByTestId("subscription-extend-confirm").click()
    await dialog.waitFor({ state: "detached" })
    await page.getByTestId("subscription-expires").filter({ hasText: await shownDateTime(extended) }).waitFor()
    const event = timeline.locator('[data-type="extended"]')
    await event.getByText("Goodwill for the outage on 3 March").waitFor()
    assert.match(
      await event.textContent(),
      new RegExp(`Expiry ${escape(await shownDate(current.expires_at))} → ${escape(await shownDate(extended))}`)
    )
  })

  const { subscription } = await api(`/admin/subscriptions/${sub.id}`, { headers: admin })
  assert.equal(subscription.status, "active")
  assert.equal(subscription.expires_at, extended)
  assert.deepEqual(
    subscription.events.filter((e) => e.actor === "admin").map((e) => [e.type, e.note]),
    [
      ["suspended", "Unpaid invoice #88"],
      ["unsuspended", "Invoice paid by bank transfer"],
      ["extended", "Goodwill for the outage on 3 March"],
    ]
  )
})

test("the dashboard's customer and order pages list the subscription and lead to it", async () => {
  const { order, subscription: sub } = await buySubscription({ admin, prefix: "admin-widgets" })

  await step("customer-page", async () => {
    await page.goto(`${BACKEND_URL}/app/customers/${sub.customer_id}`)
    const row = page
      .getByTestId("customer-subscriptions-widget")
      .locator(`[data-testid="customer-subscription-row"][data-id="${sub.id}"]`)
    await row.waitFor()
    const text = await row.textContent()
    assert.match(text, new RegExp(sub.number))
    assert.match(text, /Managed Redis · 1 GB/)
    assert.match(text, /Active/)
  })

  await step("order-page", async () => {
    await page.goto(`${BACKEND_URL}/app/orders/${order.id}`)
    const item = page
      .getByTestId("order-subscriptions-widget")
      .locator(`[data-testid="order-subscription"][data-id="${sub.id}"]`)
    await item.waitFor()
    assert.match(await item.textContent(), /Managed Redis · 1 GB · expires/)
    await item.getByRole("link", { name: sub.number }).click()
    await page.waitForURL(new RegExp(`/app/subscriptions/${sub.id}$`))
    await page.getByTestId("subscription-number").filter({ hasText: sub.number }).waitFor()
  })
})
