import assert from "node:assert/strict"
import { test } from "node:test"
import { loginToAdmin } from "../lib/admin.mjs"
import { BACKEND_URL, download, STOREFRONT_URL } from "../lib/browser.mjs"
import { buyMonthlyPlanFromProductPage, openProductFromSearch, placeOrderAtCheckout, registerInStorefront, uniqueEmail } from "../lib/storefront.mjs"
import { browserTest } from "../lib/fixture.mjs"

// Invoices as people get them: a shopper buys a plan with the offline payment
// provider, opens the order in the account and downloads its invoice PDF; the
// admin finds the same invoice number on the order page and downloads it too.
// Both apps must be running with the seed loaded.

let shopper // { context, page }
let admin

let current = () => shopper?.page
const { step } = browserTest("invoices", {
  async setup({ newPerson }) {
    shopper = await newPerson()
    admin = await newPerson()
  },
  page: () => current(),
})

test("a shopper buys a plan and downloads the order's invoice; the admin downloads the same invoice", async () => {
  const { page } = shopper
  const email = uniqueEmail("invoice")
  let orderId
  let invoiceName

  await step("register", async () => {
    await registerInStorefront(page, { email, password: "correct-horse-42" })
  })

  await step("buy a monthly VPS plan", async () => {
    await openProductFromSearch(page, "VPS", /VPS/)
    await buyMonthlyPlanFromProductPage(page)
    await placeOrderAtCheckout(page, { company: "Analytical Engines Inc." })
    orderId = page.url().match(/\/order\/([^/]+)\/confirmed/)[1]
  })

  await step("open the order in the account", async () => {
    await page.goto(`${STOREFRONT_URL}/us/account/orders`)
    await page.getByTestId("order-row").first().getByRole("link").first().click()
    await page.waitForURL(new RegExp(`/us/account/orders/${orderId}$`))
  })

  await step("download the invoice", async () => {
    const { name, bytes } = await download(page, page.getByTestId("download-invoice"))
    assert.match(name, /^INV-\d{4}-\d{6}\.pdf$/)
    assert.equal(bytes.subarray(0, 5).toString(), "%PDF-")
    assert.ok(bytes.length > 5_000, `a real document, not an error page (${bytes.length} bytes)`)
    invoiceName = name
  })

  await step("the admin sees and downloads the same invoice on the order page", async () => {
    current = () => admin.page
    await loginToAdmin(admin.page)
    await admin.page.goto(`${BACKEND_URL}/app/orders/${orderId}`)
    const widget = admin.page.getByTestId("order-invoice-widget")
    await widget.getByTestId("invoice-number").waitFor()
    assert.match(await widget.getByTestId("invoice-number").textContent(), new RegExp(invoiceName.replace(".pdf", "")))
    const { name, bytes } = await download(admin.page, widget.getByTestId("invoice-download").first())
    assert.equal(name, invoiceName)
    assert.equal(bytes.subarray(0, 5).toString(), "%PDF-")
  })
})
