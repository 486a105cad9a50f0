import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import {
  assertUp,
  BACKEND_URL,
  openPage,
  stepper,
  STOREFRONT_URL,
} from "../lib/browser.mjs"
import { openProductFromSearch, placeOrderAtCheckout, registerInStorefront, uniqueEmail } from "../lib/storefront.mjs"

// A new shopper registers, buys a Cloud VPS plan, finds the subscription under
// Account → Subscriptions, turns auto-renew on and off (each change survives a
// reload) and reads the changes in the subscription's timeline. Both apps must
// be running with the seed loaded.

let browser

let page

before(async () => {
  await assertUp(`${BACKEND_URL}/health`, "Backend")
  await assertUp(`${STOREFRONT_URL}/api/health`, "Storefront")
  ;({ browser, page } = await openPage())
})

after(async () => {
  await browser?.close()
})

const step = stepper("subscriptions", () => page)

const byTestId = (id) => page.getByTestId(id)

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

test("a new shopper buys a Cloud VPS plan and manages the subscription's auto-renewal", async () => {
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

  await step("confirmation-links-subscriptions", async () => {
    const line = byTestId("order-services-active")
    assert.match(await line.textContent(), /Your services are active/)
    await line.getByRole("link", { name: "Subscriptions" }).click()
    await page.waitForURL(/\/us\/account\/subscriptions$/)
  })

  await step("subscriptions-list", async () => {
    // Subscriptions are created when the order is placed; allow a moment.
    const rows = byTestId("subscription-row")
    for (let attempt = 0; attempt < 10 && (await rows.count()) === 0; attempt++) {
      await page.waitForTimeout(1000)
      await page.reload()
    }
    await rows.first().waitFor()
    assert.equal(await rows.count(), 1, "exactly one subscription")
    const row = rows.first()
    assert.match(await row.textContent(), /Cloud VPS/i)
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

  await step("list-shows-auto-renew-off", async () => {
    await page.goto(`${STOREFRONT_URL}/us/account/subscriptions`)
    const row = byTestId("subscription-row").first()
    await row.waitFor()
    assert.match(await row.textContent(), /Auto-renew off/)
  })
})
