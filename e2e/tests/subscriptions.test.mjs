import assert from "node:assert/strict"
import { test } from "node:test"
import { saveScreenshot, STOREFRONT_URL } from "../lib/browser.mjs"
import { markOrderPaid } from "../lib/admin.mjs"
import { openProductFromSearch, placeOrderAtCheckout, registerInStorefront, uniqueEmail } from "../lib/storefront.mjs"
import { browserTest } from "../lib/fixture.mjs"

// A new shopper registers, buys a Cloud VPS plan by bank transfer and finds
// the subscription under Account → Subscriptions awaiting its payment, with
// the way to the payment instructions. Once the transfer is recorded it is
// active: the shopper turns auto-renew on and off (each change survives a
// reload, and "on" says plainly that without a saved card renewals are
// invoiced), reads the changes in the timeline, schedules a downgrade for the
// next renewal and calls it off, and starts an upgrade, which opens checkout
// with the prorated difference. Both apps must be running with the seed loaded.

let page

const byTestId = (id) => page.getByTestId(id)
const { step } = browserTest("subscriptions", {
  async setup({ newPerson }) {
    ;({ page } = await newPerson())
  },
  page: () => page,
})

/** Reloads until `locator` shows up (the backend handles orders and payments asynchronously). */
async function reloadUntil(locator, tries = 15) {
  for (let attempt = 0; attempt < tries && (await locator.count()) === 0; attempt++) {
    await page.waitForTimeout(1000)
    await page.reload()
  }
  await locator.first().waitFor()
}

/** Waits until the auto-renew switch shows `value` and is no longer saving. */
async function waitForAutoRenew(value) {
  await page.waitForFunction(
    (expected) => {
      const toggle = document.querySelector('[data-testid="auto-renew-toggle"]')
      return toggle && toggle.getAttribute("aria-checked") === expected && !toggle.disabled
    },
    String(value)
  )
}

test("a new shopper buys a Cloud VPS plan by bank transfer, sees it await payment, and once paid manages auto-renewal and plan changes", async () => {
  const email = uniqueEmail("subscriber")
  const password = "correct-horse-42"

  await step("register", async () => {
    await registerInStorefront(page, { email, password, firstName: "Grace", lastName: "Hopper" })
  })

  await step("no-subscriptions-yet", async () => {
    const card = byTestId("expiring-soon-card")
    await card.waitFor()
    assert.match(await card.textContent(), /Nothing expires in the next 7 days/)
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Subscriptions" }).click()
    await page.waitForURL(/\/us\/account\/subscriptions$/)
    await byTestId("subscriptions-empty").waitFor()
  })

  await step("find-cloud-vps", async () => {
    await openProductFromSearch(page, "VPS", /Cloud VPS/i)
  })

  await step("add-plan-to-cart", async () => {
    const plans = page.locator('[data-testid^="plan-select-"]')
    await plans.first().waitFor()
    await plans.first().click()
    assert.equal(await plans.first().getAttribute("aria-pressed"), "true")
    await byTestId("add-to-cart").click()
    await page.waitForFunction(
      () => document.querySelector('[data-testid="nav-cart-count"]')?.textContent === "1"
    )
  })

  await step("checkout", async () => {
    await page.goto(`${STOREFRONT_URL}/us/checkout`)
    assert.equal(await page.getByLabel("Email").inputValue(), email, "email is prefilled")
    await placeOrderAtCheckout(page, { firstName: "Grace", lastName: "Hopper" })
  })

  await step("confirmation-says-services-start-when-paid", async () => {
    assert.match(await byTestId("order-services-pending").textContent(), /start when your payment arrives/)
    await page.goto(`${STOREFRONT_URL}/us/account/subscriptions`)
  })

  let orderId
  await step("subscriptions-list-awaiting-payment", async () => {
    // Subscriptions are created when the order is placed; allow a moment.
    const rows = byTestId("subscription-row")
    await reloadUntil(rows)
    assert.equal(await rows.count(), 1, "exactly one subscription")
    const row = rows.first()
    assert.match(await row.textContent(), /Cloud VPS/i)
    assert.equal((await row.getByTestId("subscription-status").textContent()).trim(), "Awaiting payment")
    assert.match(await row.textContent(), /Starts when your payment arrives/)
    assert.equal(await row.getByRole("progressbar").count(), 0, "no period runs yet")
    const unpaid = row.getByTestId("unpaid-order")
    assert.equal(await unpaid.getAttribute("data-kind"), "first")
    assert.match(await unpaid.getByTestId("unpaid-order-amount").textContent(), /\$[\d,.]+/)
    const href = await unpaid.getByRole("link", { name: "View payment instructions" }).getAttribute("href")
    assert.match(href, /^\/us\/account\/orders\/order_/)
    orderId = href.split("/").pop()
  })

  await step("detail-awaiting-payment", async () => {
    await byTestId("subscription-link").first().click()
    await page.waitForURL(/\/us\/account\/subscriptions\/[^/?]+$/)
    assert.equal((await byTestId("subscription-status").textContent()).trim(), "Awaiting payment")
    const notice = byTestId("unpaid-order")
    assert.match(await notice.textContent(), /Starts when your payment arrives/)
    assert.match(await notice.getByTestId("unpaid-order-due").textContent(), /\d{4}/)
    assert.equal(
      await notice.getByRole("link", { name: "View payment instructions" }).getAttribute("href"),
      `/us/account/orders/${orderId}`
    )
    assert.equal(await page.getByRole("heading", { name: "Change plan" }).count(), 0)
    const size = page.viewportSize()
    await page.setViewportSize({ width: 390, height: 844 })
    await saveScreenshot(page, "subscriptions-awaiting-payment-390")
    await page.setViewportSize(size)
  })

  await step("payment-arrives", async () => {
    await markOrderPaid(orderId)
    const active = page.locator('[data-testid="subscription-status"][data-status="active"]')
    await reloadUntil(active)
    assert.equal(await byTestId("unpaid-order").count(), 0, "nothing is due any more")
  })

  await step("subscriptions-list", async () => {
    await page.goto(`${STOREFRONT_URL}/us/account/subscriptions`)
    const rows = byTestId("subscription-row")
    await rows.first().waitFor()
    const row = rows.first()
    assert.equal((await row.getByTestId("subscription-status").textContent()).trim(), "Active")
    assert.match(await row.getByTestId("subscription-days-left").textContent(), /Expires in \d+ days?/)
    assert.match(await row.textContent(), /billed (monthly|quarterly|yearly)/)
    assert.match(await row.getByTestId("subscription-price").textContent(), /\$[\d,.]+/)
    assert.ok(await row.getByRole("progressbar").isVisible(), "shows the period progress")
    await row.getByTestId("subscription-link").click()
    await page.waitForURL(/\/us\/account\/subscriptions\/[^/?]+$/)
    await byTestId("auto-renew-toggle").waitFor()
    assert.match(await byTestId("subscription-title").textContent(), /Cloud VPS/i)
  })

  await step("turn-auto-renew-on", async () => {
    const toggle = byTestId("auto-renew-toggle")
    assert.equal(await toggle.getAttribute("role"), "switch")
    assert.ok(await page.getByRole("switch", { name: "Renew automatically" }).isVisible())
    // Start from "off" whatever the default of a new subscription is.
    if ((await toggle.getAttribute("aria-checked")) === "true") {
      await toggle.click()
      await waitForAutoRenew(false)
    }
    await toggle.click()
    await waitForAutoRenew(true)
    await page.reload()
    await waitForAutoRenew(true)
    // Paid by bank transfer: no card is saved, so renewals are invoiced.
    assert.match(
      await byTestId("auto-renew-hint").textContent(),
      /^Auto-renew is on but no card is saved: on \w{3} \d{1,2}, \d{4} we'll issue a renewal invoice to pay by bank transfer; your service continues when it's paid\.$/
    )
  })

  await step("turn-auto-renew-off", async () => {
    await byTestId("auto-renew-toggle").click()
    await waitForAutoRenew(false)
    await page.reload()
    await waitForAutoRenew(false)
  })

  await step("timeline", async () => {
    const timeline = byTestId("subscription-timeline")
    await timeline.waitFor()
    const labels = (await timeline.getByTestId("subscription-event").allTextContents()).join("\n")
    assert.match(labels, /created/i)
    assert.match(labels, /activated/i)
    const types = await timeline
      .getByTestId("subscription-event")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-event-type")))
    assert.ok(types.indexOf("created") < types.indexOf("activated"), "oldest first")
    const text = await timeline.textContent()
    const on = text.indexOf("Auto-renew turned on")
    const off = text.indexOf("Auto-renew turned off")
    assert.ok(on >= 0, "shows the auto-renew change to on")
    assert.ok(off > on, "shows the change to off after it")
  })

  await step("schedule-downgrade", async () => {
    const option = page.locator('[data-testid="plan-option"][data-kind="downgrade"]').first()
    await option.waitFor()
    assert.match(await option.textContent(), /From \w{3} \d{1,2}, \d{4}/)
    await option.getByTestId("plan-option-downgrade").click()
    const dialog = option.getByTestId("plan-option-confirm-dialog")
    assert.match(await dialog.textContent(), /Nothing is refunded/)
    await dialog.getByTestId("plan-option-confirm").click()
    const scheduled = byTestId("subscription-scheduled-change")
    await scheduled.waitFor()
    assert.match(await scheduled.textContent(), /^Changes to .+ on \w{3} \d{1,2}, \d{4}/)
    await page.reload()
    await scheduled.waitFor()
    await page.locator('[data-testid="subscription-event"][data-event-type="plan_change_scheduled"]').waitFor()
  })

  await step("keep-current-plan", async () => {
    await byTestId("subscription-keep-plan").click()
    await byTestId("subscription-scheduled-change").waitFor({ state: "detached" })
    await page.reload()
    await byTestId("auto-renew-toggle").waitFor()
    assert.equal(await byTestId("subscription-scheduled-change").count(), 0)
    await page.locator('[data-testid="subscription-event"][data-event-type="plan_change_cancelled"]').waitFor()
  })

  await step("list-shows-auto-renew-off", async () => {
    await page.goto(`${STOREFRONT_URL}/us/account/subscriptions`)
    const row = byTestId("subscription-row").first()
    await row.waitFor()
    assert.match(await row.textContent(), /Auto-renew off/)
  })

  await step("upgrade-opens-checkout", async () => {
    await byTestId("subscription-link").first().click()
    await page.waitForURL(/\/us\/account\/subscriptions\/[^/?]+$/)
    const option = page.locator('[data-testid="plan-option"][data-kind="upgrade"]').first()
    await option.waitFor()
    assert.match(await option.getByTestId("plan-option-due-now").textContent(), /^\$[\d,.]+$/)
    // The cart is empty (the plan was bought), so the upgrade goes straight to checkout.
    await option.getByTestId("plan-option-upgrade").click()
    await page.waitForURL(/\/us\/checkout/)
    const summary = byTestId("order-summary")
    await summary.waitFor()
    assert.match(await summary.textContent(), /Cloud VPS/i)
  })
})
