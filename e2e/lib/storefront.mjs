import { STOREFRONT_URL } from "./browser.mjs"
import { readEmailCode } from "./store-api.mjs"

/** A unique email for a test shopper. */
export function uniqueEmail(prefix) {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
}

/**
 * Registers on the storefront's register page, enters the 6-digit code from
 * the verification email (read from the mail capture through the admin API)
 * and waits for the account page.
 */
export async function registerInStorefront(page, { email, password, firstName = "Ada", lastName = "Lovelace" }) {
  await page.goto(`${STOREFRONT_URL}/us/account/register`)
  await page.getByLabel("First name").fill(firstName)
  await page.getByLabel("Last name").fill(lastName)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill(password)
  await page.getByTestId("register-submit").click()
  await page.getByTestId("verify-code").waitFor()
  const { code } = await readEmailCode(email)
  await page.getByTestId("verify-code").fill(code)
  await page.getByTestId("verify-submit").click()
  await page.waitForURL(/\/us\/account$/)
  await page.getByTestId("logout-button").waitFor()
}

/** Fills the checkout's billing address, places the order and waits for the confirmation. */
export async function placeOrderAtCheckout(page, { firstName = "Ada", lastName = "Lovelace", company } = {}) {
  await page.getByLabel("First name").fill(firstName)
  await page.getByLabel("Last name").fill(lastName)
  if (company) {
    await page.getByLabel("Company").fill(company)
  }
  await page.getByRole("textbox", { name: "Address", exact: true }).fill("1 Infinite Loop")
  await page.getByLabel("City").fill("Cupertino")
  await page.getByLabel("Postal code").fill("95014")
  await page.getByLabel("Country").selectOption("us")
  await page.getByTestId("accept-terms").check()
  await page.getByTestId("place-order").click()
  await page.waitForURL(/\/us\/order\/[^/]+\/confirmed/)
  await page.getByTestId("order-confirmed").waitFor()
}

/** Searches `country`'s catalog for `q` and opens the first product card matching `match`. */
export async function openProductFromSearch(page, q, match, { country = "us" } = {}) {
  await page.goto(`${STOREFRONT_URL}/${country}/store`)
  await page.getByTestId("search-input").fill(q)
  await page.getByTestId("search-input").press("Enter")
  await page.waitForURL(new RegExp(`[?&]q=${q}`))
  const card = page.getByTestId("product-card").filter({ hasText: match }).first()
  await card.waitFor()
  await card.getByRole("link").first().click()
  await page.waitForURL(new RegExp(`/${country}/products/`))
}

/** On a plan's product page: picks the first plan, monthly, adds it to the empty cart and opens the checkout. */
export async function buyMonthlyPlanFromProductPage(page, { country = "us" } = {}) {
  await page.locator('[data-testid^="plan-select-"]').first().click()
  await page.getByTestId("term-select-Monthly").click()
  await page.getByTestId("add-to-cart").click()
  await page.waitForFunction(() => document.querySelector('[data-testid="nav-cart-count"]')?.textContent === "1")
  await page.goto(`${STOREFRONT_URL}/${country}/cart`)
  await page.getByTestId("checkout-button").click()
  await page.waitForURL(new RegExp(`/${country}/checkout`))
}
