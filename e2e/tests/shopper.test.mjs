import assert from "node:assert/strict"
import { test } from "node:test"
import { STOREFRONT_URL } from "../lib/browser.mjs"
import { openProductFromSearch, placeOrderAtCheckout, registerInStorefront, uniqueEmail } from "../lib/storefront.mjs"
import { browserTest } from "../lib/fixture.mjs"

// A new shopper registers, finds a VPS, buys a yearly plan with the offline
// payment provider and finds the order in their account. Both apps must be
// running with the seed loaded.

let page

const byTestId = (id) => page.getByTestId(id)
const { step } = browserTest("shopper", {
  async setup({ newPerson }) {
    ;({ page } = await newPerson())
  },
  page: () => page,
})

test("a new shopper registers, buys a yearly VPS plan and finds the order in the account", async () => {
  const email = uniqueEmail("shopper")
  const password = "correct-horse-42"
  let displayId

  await step("open-home", async () => {
    const home = await page.goto(`${STOREFRONT_URL}/us`)
    // the page can't be framed or sniffed, leaks no referrer path, names no framework
    const headers = home.headers()
    assert.match(headers["content-security-policy"] ?? "", /frame-ancestors 'none'/)
    assert.match(headers["content-security-policy"] ?? "", /object-src 'none'/)
    assert.match(headers["content-security-policy"] ?? "", /base-uri 'self'/)
    assert.equal(headers["x-content-type-options"], "nosniff")
    assert.equal(headers["x-frame-options"], "DENY")
    assert.equal(headers["referrer-policy"], "strict-origin-when-cross-origin")
    assert.equal(headers["x-powered-by"], undefined)
    // plain http here: no HSTS
    assert.equal(headers["strict-transport-security"], undefined)
    await byTestId("nav-account-link").waitFor()
    assert.equal(await byTestId("nav-cart-count").textContent(), "0")
  })

  await step("register", async () => {
    await byTestId("nav-account-link").click()
    await page.waitForURL(/\/us\/account\/login/)
    await page.getByRole("link", { name: "Create an account" }).click()
    await page.waitForURL(/\/us\/account\/register/)
    await registerInStorefront(page, { email, password })
  })

  await step("search-catalog", async () => {
    await openProductFromSearch(page, "VPS", /VPS/)
  })

  await step("configure-plan", async () => {
    const plans = page.locator('[data-testid^="plan-select-"]')
    await plans.first().waitFor()
    assert.ok((await plans.count()) >= 2, "the product offers several plans")
    const plan = plans.nth(1)
    await plan.click()
    assert.equal(await plan.getAttribute("aria-pressed"), "true")
    await byTestId("term-select-Yearly").click()
    await page.waitForFunction(
      () => document.querySelector('[data-testid="product-price"]')?.textContent?.includes("per year")
    )
    assert.match(await byTestId("product-price").textContent(), /\$[\d,.]+.*per year/)
  })

  await step("add-to-cart", async () => {
    await byTestId("add-to-cart").click()
    await page.waitForFunction(
      () => document.querySelector('[data-testid="nav-cart-count"]')?.textContent === "1"
    )
  })

  await step("cart", async () => {
    await page.goto(`${STOREFRONT_URL}/us/cart`)
    const items = byTestId("cart-item")
    await items.first().waitFor()
    assert.equal(await items.count(), 1)
    assert.match(await items.first().textContent(), /yearly/i)
    await byTestId("checkout-button").click()
    await page.waitForURL(/\/us\/checkout/)
  })

  await step("checkout", async () => {
    assert.equal(await page.getByLabel("Email").inputValue(), email, "email is prefilled")
    await placeOrderAtCheckout(page, { company: "Analytical Engines Inc." })
    const confirmation = byTestId("order-confirmed")
    await confirmation.waitFor()
    const match = (await confirmation.textContent()).match(/#(\d+)/)
    assert.ok(match, "the confirmation shows the order number")
    displayId = match[1]
    // the badge is filled in by the browser after each navigation: the placed order empties it
    await page.waitForFunction(
      () => document.querySelector('[data-testid="nav-cart-count"]')?.textContent === "0",
      null,
      { timeout: 10_000 }
    )
  })

  await step("account-orders", async () => {
    await page.goto(`${STOREFRONT_URL}/us/account/orders`)
    const row = byTestId("order-row").filter({ hasText: `#${displayId}` })
    await row.waitFor()
    assert.match(await row.textContent(), /VPS/)
  })
})
