import assert from "node:assert/strict"
import { test } from "node:test"
import { download, newPerson, pdfText, saveScreenshot, stepper, STOREFRONT_URL } from "../lib/browser.mjs"
import { adminAuthHeaders, api, registerViaApi } from "../lib/store-api.mjs"
import { buyMonthlyPlanFromProductPage, openProductFromSearch, uniqueEmail } from "../lib/storefront.mjs"
import { browserTest } from "../lib/fixture.mjs"

// Money and service state agree: a German shopper sees the VAT and the total
// including it before placing the order, and the confirmation of a bank
// transfer order shows the same total, awaiting payment, with its due date
// and instructions. A guest is asked to sign in and comes back to the same cart.

const PASSWORD = "correct-horse-42"
const PHONE = { width: 390, height: 844 }

let browser
let publishableKey

browserTest("checkout-money", {
  async setup(ctx) {
    const { api_keys } = await api("/admin/api-keys?type=publishable", { headers: await adminAuthHeaders() })
    publishableKey = api_keys[0].token
    browser = ctx.browser
  },
})

/** "€1,234.56" → 1234.56 */
const amount = (text) => Number(String(text).replace(/[^\d.]/g, ""))

/** Signs in on the storefront's sign-in page that is open in `page`. */
async function signIn(page, email) {
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill(PASSWORD)
  await page.getByTestId("login-submit").click()
}

/** Full-page screenshots of the page at desktop and phone width. */
async function screenshots(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await saveScreenshot(page, `checkout-money-${name}`)
  const size = page.viewportSize()
  await page.setViewportSize(PHONE)
  await saveScreenshot(page, `checkout-money-${name}-390`)
  await page.setViewportSize(size)
}

/** The names of the plans in the checkout's order summary. */
async function summaryItems(page) {
  return (await page.getByTestId("order-summary").locator("li").allTextContents()).map((t) => t.trim())
}

async function cartCookie(context) {
  return (await context.cookies()).find((c) => c.name === "_medusa_cart_id")?.value
}

test("a German shopper sees the VAT before placing a bank transfer order, and the confirmation shows the same total awaiting payment", async () => {
  const email = uniqueEmail("vat-de")
  await registerViaApi({ publishableKey, email, password: PASSWORD })
  const payLater = await api("/store/pay-later", { headers: { "x-publishable-api-key": publishableKey } })
  const { context, page } = await newPerson(browser)
  const step = stepper("checkout-money-de", () => page)
  let shownTotal

  try {
    await step("sign in in the German store", async () => {
      await page.goto(`${STOREFRONT_URL}/de/account/login`)
      await signIn(page, email)
      await page.waitForURL(/\/de\/account$/)
    })

    await step("add a monthly VPS plan and open the checkout", async () => {
      await openProductFromSearch(page, "VPS", /VPS/, { country: "de" })
      await buyMonthlyPlanFromProductPage(page, { country: "de" })
      await page.getByLabel("First name").waitFor()
    })

    await step("before an address, the total is not called final", async () => {
      assert.match(await page.getByTestId("summary-tax").textContent(), /billing address/)
    })

    await step("a German address adds the VAT to the summary and the total next to Place order", async () => {
      await page.getByLabel("First name").fill("Ada")
      await page.getByLabel("Last name").fill("Lovelace")
      await page.getByRole("textbox", { name: "Address", exact: true }).fill("Unter den Linden 1")
      await page.getByLabel("City").fill("Berlin")
      await page.getByLabel("Postal code").fill("10117")
      await page.getByLabel("Country").selectOption("de")
      await page.getByLabel("Postal code").blur()
      await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="summary-tax"]')?.textContent ?? ""))
      const tax = await page.getByTestId("summary-tax").textContent()
      assert.match(tax, /€/)
      assert.ok(amount(tax) > 0, `the VAT is not zero (${tax})`)

      const summaryTotal = (await page.getByTestId("summary-total").textContent()).trim()
      shownTotal = (await page.getByTestId("checkout-total").textContent()).trim()
      assert.equal(shownTotal, summaryTotal, "the total next to Place order is the summary's total")
      const subtotal = await page.getByTestId("summary-subtotal").textContent()
      assert.equal(Math.round((amount(subtotal) + amount(tax)) * 100), Math.round(amount(shownTotal) * 100), "the total includes the VAT")
      assert.match(await page.getByTestId("checkout-pay-total").textContent(), /taxes included/)
    })

    await step("bank transfer / pay later says when and how to pay", async () => {
      const option = page.locator('label:has(input[name="payment_method"][value="pp_system_default"])')
      assert.match(await option.textContent(), /Bank transfer \/ pay later/)
      assert.match(await option.textContent(), /services start when your transfer arrives/)
      await option.locator("input").check()
      const terms = page.getByTestId("pay-later-terms")
      assert.match(await terms.textContent(), new RegExp(`due within ${payLater.due_days} days`))
      assert.ok((await terms.textContent()).includes(payLater.instructions))
      await screenshots(page, "de-checkout")
    })

    await step("place the order: the confirmation shows the same total, awaiting payment", async () => {
      await page.getByTestId("accept-terms").check()
      await page.getByTestId("place-order").click()
      await page.waitForURL(/\/de\/order\/[^/]+\/confirmed/)
      await page.getByTestId("order-confirmed").waitFor()
      assert.equal((await page.getByTestId("summary-total").textContent()).trim(), shownTotal)
      assert.equal((await page.getByTestId("order-payment-amount").textContent()).trim(), shownTotal)
      assert.equal((await page.getByTestId("order-payment-status").textContent()).trim(), "Awaiting payment")
      const due = (await page.getByTestId("order-payment-due").textContent()).trim()
      assert.match(due, /\d{4}/, `a due date (${due})`)
      assert.equal((await page.getByTestId("order-payment-instructions").textContent()).trim(), payLater.instructions)
      assert.match(await page.getByTestId("order-services-pending").textContent(), /start when your payment arrives/)
      assert.equal(await page.getByText("Your services are active").count(), 0)
      await screenshots(page, "de-confirmation")
    })

    await step("the account's order page says the same", async () => {
      await page.getByRole("link", { name: "View your order" }).click()
      await page.waitForURL(/\/de\/account\/orders\/[^/]+$/)
      assert.equal((await page.getByTestId("order-payment-status").textContent()).trim(), "Awaiting payment")
      assert.equal((await page.getByTestId("order-payment-amount").textContent()).trim(), shownTotal)
      assert.equal((await page.getByTestId("summary-total").textContent()).trim(), shownTotal)
      await screenshots(page, "de-account-order")
    })

    await step("the invoice says the same: UNPAID, the due date and how to pay", async () => {
      const { name, bytes } = await download(page, page.getByTestId("download-invoice"))
      assert.match(name, /^INV-\d{4}-\d{6}\.pdf$/)
      const text = await pdfText(bytes)
      assert.match(text, /UNPAID/)
      assert.match(text, /Payment due/)
      assert.ok(text.includes(payLater.instructions.replace(/\s+/g, " ").slice(0, 40)), "the pay-later instructions are printed")
      // the invoice prints amounts in the buyer's locale (30,65 € for a German buyer): the same amount
      const total = amount(shownTotal).toFixed(2)
      assert.ok(text.includes(total) || text.includes(total.replace(".", ",")), `the invoice total is the total shown (${shownTotal})`)
    })
  } finally {
    await context.close()
  }
})

test("a guest at checkout is asked to sign in and comes back to the same cart", async () => {
  const email = uniqueEmail("guest-checkout")
  await registerViaApi({ publishableKey, email, password: PASSWORD })
  const { context, page } = await newPerson(browser)
  const step = stepper("checkout-money-guest", () => page)
  let items
  let cartId

  try {
    await step("a guest puts a plan in the cart and opens the checkout", async () => {
      await openProductFromSearch(page, "VPS", /VPS/)
      await buyMonthlyPlanFromProductPage(page)
      items = await summaryItems(page)
      cartId = await cartCookie(context)
      assert.equal(items.length, 1)
      assert.ok(cartId)
    })

    await step("no guest form: sign in or create an account", async () => {
      const gate = page.getByTestId("checkout-sign-in")
      assert.match(await gate.textContent(), /Sign in or create an account to buy a plan/)
      assert.equal(await page.getByTestId("place-order").count(), 0)
      assert.equal(await page.getByLabel("Email").count(), 0)
      assert.match(await page.getByTestId("checkout-register").getAttribute("href"), /\/us\/account\/register\?next=%2Fus%2Fcheckout$/)
      await screenshots(page, "guest-gate")
    })

    await step("sign in and come back to the checkout with the same cart", async () => {
      await page.getByTestId("checkout-login").click()
      await page.waitForURL(/\/us\/account\/login\?next=/)
      await signIn(page, email)
      await page.waitForURL(/\/us\/checkout$/)
      await page.getByTestId("place-order").waitFor()
      assert.equal(await page.getByLabel("Email").inputValue(), email)
      assert.deepEqual(await summaryItems(page), items)
      assert.equal(await cartCookie(context), cartId, "the same cart")
    })
  } finally {
    await context.close()
  }
})
