import assert from "node:assert/strict"
import { test } from "node:test"
import { adminApiHeaders, buySubscription, loginToAdmin, markOrderPaid } from "../lib/admin.mjs"
import { BACKEND_URL } from "../lib/browser.mjs"
import { api } from "../lib/store-api.mjs"
import { browserTest } from "../lib/fixture.mjs"

// An admin manages customers' subscriptions from the dashboard: suspends one
// with a reason, unsuspends and extends one through confirmation dialogs,
// finds a subscription from its customer's and its order's pages, sees one
// that waits for its bank transfer (and its unpaid order), and moves one to
// another plan at the next renewal (then calls that off) or at once.

const DAY = 86_400_000
let page
let admin

/** The subscription once `done(subscription)` holds (payments are handled asynchronously). */
const { step } = browserTest("admin-subscriptions", {
  apps: ["backend"],
  async setup({ newPerson }) {
    admin = await adminApiHeaders()
    ;({ page } = await newPerson({ width: 1400, height: 900 }))
    await loginToAdmin(page)
  },
  page: () => page,
})

async function waitForSubscriptionState(id, done) {
  for (let i = 0; i < 50; i++) {
    const { subscription } = await api(`/admin/subscriptions/${id}`, { headers: admin })
    if (done(subscription)) {
      return subscription
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`subscription ${id} did not reach the expected state`)
}

/** A new customer's subscription bought by bank transfer and paid: active. */
const buyActiveSubscription = (prefix) => buySubscription({ admin, prefix })

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** A date as the dashboard shows it (the browser's locale and time zone). */
const shownDate = (iso) => page.evaluate((v) => new Date(v).toLocaleDateString(undefined, { dateStyle: "medium" }), iso)
const shownDateTime = (iso) =>
  page.evaluate((v) => new Date(v).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }), iso)

test("an admin suspends a customer's subscription with a reason", async () => {
  const { subscription: sub } = await buyActiveSubscription("admin-subs")

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
  const { subscription: sub } = await buyActiveSubscription("admin-unsuspend")
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
  const { order, subscription: sub } = await buyActiveSubscription("admin-widgets")

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

test("a subscription bought by bank transfer shows as awaiting payment with its unpaid order, and becomes active when it is paid", async () => {
  const { order, subscription: sub } = await buySubscription({ admin, prefix: "admin-pending", paid: false })
  assert.equal(sub.status, "pending_payment")

  await step("status-filter", async () => {
    await page.goto(`${BACKEND_URL}/app/subscriptions?status=pending_payment&customer_id=${sub.customer_id}`)
    const row = page.getByTestId("subscription-row").filter({ hasText: sub.number })
    await row.first().waitFor()
    assert.equal((await row.getByTestId("subscription-status").textContent()).trim(), "Awaiting payment")
    await page.getByTestId("subscriptions-status-filter").click()
    await page.getByRole("option", { name: "Awaiting payment" }).waitFor()
    await page.keyboard.press("Escape")
    await row.first().click()
    await page.waitForURL(new RegExp(`/app/subscriptions/${sub.id}`))
  })

  await step("unpaid-order", async () => {
    const banner = page.getByTestId("subscription-payment-banner")
    await banner.waitFor()
    assert.equal(await banner.getAttribute("data-kind"), "first")
    assert.match(await banner.textContent(), new RegExp(`Order #${order.display_id} · .+ due by`))
    assert.match(
      await banner.getByRole("link", { name: "View order" }).getAttribute("href"),
      new RegExp(`/app/orders/${order.id}$`)
    )
    assert.match(await page.getByTestId("subscription-unpaid-order").textContent(), new RegExp(`#${order.display_id}`))
    assert.ok(await page.getByTestId("subscription-change-plan").isDisabled(), "no plan change before the first payment")
  })

  await step("paid", async () => {
    await markOrderPaid(order.id, admin)
    await waitForSubscriptionState(sub.id, (s) => s.status === "active")
    await page.reload()
    await page.getByTestId("subscription-status").filter({ hasText: "Active" }).first().waitFor()
    await page.getByTestId("subscription-payment-banner").waitFor({ state: "detached" })
    assert.match(await page.getByTestId("subscription-unpaid-order").textContent(), /^Unpaid order-$/)
  })
})

test("an admin schedules a plan change for the next renewal, cancels it, then switches the plan at once", async () => {
  const { subscription: sub } = await buyActiveSubscription("admin-plan")
  const timeline = page.getByTestId("subscription-timeline")
  const drawer = page.getByTestId("subscription-change-plan-drawer")
  const prompt = page.getByRole("alertdialog")
  let scheduledTo

  await step("open", async () => {
    await page.goto(`${BACKEND_URL}/app/subscriptions/${sub.id}`)
    await page.getByTestId("subscription-number").filter({ hasText: sub.number }).waitFor()
    assert.match(await page.getByTestId("subscription-scheduled-change").textContent(), /^Scheduled change-$/)
  })

  await step("schedule", async () => {
    await page.getByTestId("subscription-change-plan").click()
    await drawer.waitFor()
    await drawer.getByTestId("subscription-change-plan-select").click()
    const option = page.getByRole("option").first()
    scheduledTo = (await option.textContent()).trim()
    await option.click()
    // "At the next renewal" is the default
    assert.equal(await drawer.getByTestId("subscription-change-plan-when-next_renewal").getAttribute("aria-checked"), "true")
    await drawer.getByTestId("subscription-change-plan-note").fill("Customer asked on the phone")
    await drawer.getByTestId("subscription-change-plan-submit").click()
    assert.match(await prompt.textContent(), new RegExp(`at the renewal on ${escape(await shownDate(sub.expires_at))}`))
    await prompt.getByRole("button", { name: "Schedule change" }).click()
    await drawer.waitFor({ state: "detached" })
    const row = page.getByTestId("subscription-scheduled-change")
    await row.filter({ hasText: scheduledTo.split(" · ")[0] }).waitFor()
    assert.match(await row.textContent(), new RegExp(`on ${escape(await shownDate(sub.expires_at))}`))
    await timeline.locator('[data-type="plan_change_scheduled"]').getByText("Customer asked on the phone").waitFor()
  })

  await step("cancel-scheduled", async () => {
    await page.getByTestId("subscription-cancel-change").click()
    const dialog = page.getByTestId("subscription-cancel-change-dialog")
    await dialog.waitFor()
    await page.getByTestId("subscription-cancel-change-confirm").click()
    await dialog.waitFor({ state: "detached" })
    await page.getByTestId("subscription-cancel-change").waitFor({ state: "detached" })
    assert.match(await page.getByTestId("subscription-scheduled-change").textContent(), /^Scheduled change-$/)
    await timeline.locator('[data-type="plan_change_cancelled"]').waitFor()
  })

  let switchedTo
  await step("switch-now", async () => {
    await page.getByTestId("subscription-change-plan").click()
    await drawer.waitFor()
    await drawer.getByTestId("subscription-change-plan-select").click()
    const option = page.getByRole("option").first()
    switchedTo = (await option.textContent()).trim()
    await option.click()
    await drawer.getByTestId("subscription-change-plan-when-now").click()
    await drawer.getByTestId("subscription-change-plan-submit").click()
    assert.match(await prompt.textContent(), /Nothing is charged/)
    await prompt.getByRole("button", { name: "Switch now" }).click()
    await drawer.waitFor({ state: "detached" })
    await timeline.locator('[data-type="plan_changed"]').waitFor()
  })

  const { subscription } = await api(`/admin/subscriptions/${sub.id}`, { headers: admin })
  assert.equal(subscription.plan, switchedTo.split(" · ")[0])
  assert.equal(subscription.expires_at, sub.expires_at, "the expiry stays")
  assert.equal(subscription.scheduled_change, null)
})
