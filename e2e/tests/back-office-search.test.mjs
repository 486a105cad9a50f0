import assert from "node:assert/strict"
import { test } from "node:test"
import { adminApiHeaders, buySubscription, loginToAdmin } from "../lib/admin.mjs"
import { BACKEND_URL, download } from "../lib/browser.mjs"
import { browserTest } from "../lib/fixture.mjs"

// Support finds a customer's money by email: two shoppers buy a plan (bank
// transfer); the admin searches the Payments page and the Invoices page by the
// first shopper's email, sees only that shopper's rows, opens the order from
// the payment, downloads the invoice PDF and filters invoices by payment status. Both apps must be running with
// the seed loaded.

let admin

const { step } = browserTest("back-office-search", {
  async setup({ newPerson }) {
    admin = await newPerson()
  },
  page: () => admin.page,
})

test("the admin finds a customer's payments and invoices by email and opens them", async () => {

  const headers = await adminApiHeaders()
  const mine = await buySubscription({ admin: headers, prefix: "search-mine", paid: false })
  const other = await buySubscription({ admin: headers, prefix: "search-other", paid: false })
  const { page } = admin

  await step("sign in to the admin", async () => {
    await loginToAdmin(page)
  })

  await step("Payments: search by email shows only that customer's payment", async () => {
    await page.goto(`${BACKEND_URL}/app/payments`)
    await page.getByTestId("payments-search").fill(mine.email)
    const table = page.getByTestId("payments-all-table")
    // the search is debounced: wait for the answer to it (one row, this customer's), not the list before it
    await page.waitForURL(/[?&]q=/)
    await page.waitForFunction(
      ({ mineEmail, otherEmail }) => {
        const text = document.querySelector('[data-testid="payments-all-table"]')?.textContent ?? ""
        const links = document.querySelectorAll('[data-testid="payments-all-table"] [data-testid="payments-order-link"]')
        return text.includes(mineEmail) && !text.includes(otherEmail) && links.length === 1
      },
      { mineEmail: mine.email, otherEmail: other.email }
    )
    assert.equal(await table.getByText(other.email).count(), 0)
    assert.equal(await table.getByTestId("payments-order-link").count(), 1)
    assert.equal((await table.getByTestId("payments-order-link").textContent()).trim(), `#${mine.order.display_id}`)
  })

  await step("Payments: the order link opens the order", async () => {
    await page.getByTestId("payments-all-table").getByTestId("payments-order-link").click()
    await page.waitForURL(new RegExp(`/app/orders/${mine.order.id}$`))
  })

  await step("Payments: the failed-payments tab answers the same search", async () => {
    await page.goto(`${BACKEND_URL}/app/payments?tab=failed&q=${encodeURIComponent(mine.email)}`)
    await page.getByTestId("payments-failed-table").waitFor()
    assert.equal(await page.getByTestId("payments-failed-table").getByText(other.email).count(), 0)
  })

  await step("Invoices: search by email finds the customer's invoice and downloads it", async () => {
    await page.goto(`${BACKEND_URL}/app/invoices`)
    await page.getByTestId("invoices-search").fill(mine.email)
    const table = page.getByTestId("invoices-table")
    // the search is debounced: wait for its answer (this customer's invoices only), not the list before it
    await page.waitForFunction(
      ({ mineEmail, otherEmail }) => {
        const text = document.querySelector('[data-testid="invoices-table"]')?.textContent ?? ""
        return text.includes(mineEmail) && !text.includes(otherEmail)
      },
      { mineEmail: mine.email, otherEmail: other.email }
    )
    assert.equal(await table.getByText(other.email).count(), 0)
    const { name, bytes } = await download(page, table.getByTestId("invoices-download").first())
    assert.match(name, /^INV-\d{4}-\d{6}\.pdf$/)
    assert.equal(bytes.subarray(0, 5).toString(), "%PDF-")
  })

  await step("Invoices: the unpaid bank-transfer invoice shows Unpaid and the status filter keeps or drops it", async () => {
    const table = page.getByTestId("invoices-table")
    assert.equal((await table.getByTestId("invoices-status").first().textContent()).trim(), "Unpaid")
    await page.goto(`${BACKEND_URL}/app/invoices?q=${encodeURIComponent(mine.email)}&status=paid`)
    await table.getByText("Nothing matches these filters").waitFor()
    await page.goto(`${BACKEND_URL}/app/invoices?q=${encodeURIComponent(mine.email)}&status=unpaid`)
    await table.getByText(mine.email).first().waitFor()
    assert.equal(await table.getByTestId("invoices-status").count(), 1)
  })
})
