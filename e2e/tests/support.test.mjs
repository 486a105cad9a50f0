import assert from "node:assert/strict"
import { test } from "node:test"
import { loginToAdmin } from "../lib/admin.mjs"
import { BACKEND_URL, STOREFRONT_URL } from "../lib/browser.mjs"
import { registerInStorefront, uniqueEmail } from "../lib/storefront.mjs"
import { browserTest } from "../lib/fixture.mjs"

// Help center and tickets, as people use them:
// an admin writes and publishes an article in the admin's Help center editor; a
// visitor finds it with the storefront search and says it helped; a shopper
// opens a ticket with a screenshot (a disguised HTML file is refused first); the
// admin answers from the Tickets page and leaves an internal note; the shopper
// reads the answer, never the note, and downloads the screenshot again.
// Both apps must be running with the seed loaded.

// The smallest valid PNG (1×1, transparent) and an HTML page named like one.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64"
)
const FAKE_PNG = Buffer.from("<html><script>alert(1)</script></html>")

let admin // { context, page }
let shopper

const word = `quokkavolume${Date.now().toString(36)}`
const title = `Resize a ${word} without downtime`

let current = () => admin?.page
const { step } = browserTest("support", {
  async setup({ newPerson }) {
    admin = await newPerson()
    shopper = await newPerson()
  },
  page: () => current(),
})

test("an admin publishes an article, a visitor finds it and finds it helpful", async () => {
  const { page } = admin
  current = () => admin.page

  await step("write the article in the admin", async () => {
    await loginToAdmin(page)
    await page.goto(`${BACKEND_URL}/app/help-center`)
    await page.getByTestId("help-new-article").click()
    await page.getByLabel("Title").fill(title)
    await page.getByTestId("help-article-body").fill(
      `Grow a **${word}** from the control panel.\n\n1. Stop writes\n2. Resize\n\n<script>alert(1)</script>`
    )
    // the live preview renders the markdown
    await page.getByTestId("help-article-editor").locator("strong", { hasText: word }).first().waitFor()
    await page.getByTestId("help-article-published").click()
    await page.getByTestId("help-article-save").click()
    await page.waitForURL(/\/app\/help-center\/articles\/[^/]+$/)
    await page.getByText("Published", { exact: true }).waitFor()
  })

  const visitor = shopper.page
  current = () => shopper.page
  await step("search the storefront help center", async () => {
    await visitor.goto(`${STOREFRONT_URL}/us/help`)
    await visitor.getByTestId("help-search-input").fill(word)
    await visitor.getByTestId("help-search-submit").click()
    const link = visitor.getByTestId("help-article-link").filter({ hasText: title })
    await link.first().click()
    await visitor.waitForURL(/\/us\/help\/[^/?]+$/)
    await visitor.getByRole("heading", { name: title }).waitFor()
    // markdown rendered, raw HTML not executed or shown as markup
    await visitor.locator("strong", { hasText: word }).first().waitFor()
    assert.equal(await visitor.locator("article script, main script:not([src]):has-text('alert(1)')").count(), 0)
  })

  await step("vote helpful", async () => {
    await visitor.getByTestId("helpful-yes").click()
    await visitor.getByTestId("helpful-thanks").waitFor()
  })

  current = () => admin.page
  await step("the admin sees the vote", async () => {
    await admin.page.reload()
    await admin.page.getByText(/Helpful: 1 yes \/ 0 no/).waitFor()
  })
})

test("a shopper's ticket is answered from the admin; internal notes stay internal", async () => {
  const page = shopper.page
  current = () => shopper.page
  const email = uniqueEmail("ticket")
  const subject = `Volume stuck at 80% (${word})`
  const reply = `We grew the volume for you (${word}).`
  const note = `Hypervisor hv-7 needed a reboot (${word})`

  await step("register and open a new request", async () => {
    await registerInStorefront(page, { email, password: "Ticket-Shopper-2026!" })
    await page.goto(`${STOREFRONT_URL}/us/account/support`)
    await page.getByTestId("new-ticket-link").click()
    await page.getByTestId("ticket-subject").fill(subject)
    await page.getByTestId("ticket-body").fill("The resize has been running for an hour. Screenshot attached.")
  })

  await step("a disguised HTML file is refused", async () => {
    await page.getByTestId("ticket-files").setInputFiles({ name: "screenshot.png", mimeType: "image/png", buffer: FAKE_PNG })
    await page.getByTestId("ticket-submit").click()
    await page.getByTestId("ticket-error").waitFor()
    assert.match(await page.getByTestId("ticket-error").innerText(), /screenshot\.png/i)
    assert.match(page.url(), /\/account\/support\/new/)
  })

  await step("the real screenshot goes through", async () => {
    await page.getByTestId("ticket-subject").fill(subject)
    await page.getByTestId("ticket-body").fill("The resize has been running for an hour. Screenshot attached.")
    await page.getByTestId("ticket-files").setInputFiles({ name: "screenshot.png", mimeType: "image/png", buffer: PNG })
    await page.getByTestId("ticket-submit").click()
    await page.waitForURL(/\/us\/account\/support\/[^/]+$/)
    await page.getByTestId("ticket-number").waitFor()
    assert.match(await page.getByTestId("ticket-number").innerText(), /^TKT-\d{6}$/)
    await page.getByTestId("ticket-attachment").filter({ hasText: "screenshot.png" }).waitFor()
  })

  const a = admin.page
  current = () => admin.page
  await step("the admin finds the ticket, notes and replies", async () => {
    await a.goto(`${BACKEND_URL}/app/tickets`)
    await a.getByLabel("Search tickets").fill(word)
    await a.getByTestId("ticket-row").filter({ hasText: subject }).first().click()
    await a.getByTestId("ticket-detail").waitFor()
    await a.getByTestId("ticket-attachment").filter({ hasText: "screenshot.png" }).waitFor()
    await a.getByTestId("ticket-note-input").fill(note)
    await a.getByTestId("ticket-note-add").click()
    await a.getByText(note).waitFor()
    await a.getByTestId("ticket-reply-input").fill(reply)
    await a.getByTestId("ticket-reply-send").click()
    await a.getByTestId("ticket-detail").getByText(reply).first().waitFor()
  })

  current = () => shopper.page
  await step("the shopper reads the answer, not the note", async () => {
    await page.reload()
    await page.getByTestId("ticket-message").filter({ hasText: reply }).waitFor()
    assert.equal(await page.getByText(note).count(), 0)
    assert.equal(await page.getByText("hv-7").count(), 0)
  })

  await step("the shopper downloads the screenshot again", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("ticket-attachment").filter({ hasText: "screenshot.png" }).first().click(),
    ])
    const file = await download.path()
    const { readFile } = await import("node:fs/promises")
    assert.deepEqual(await readFile(file), PNG)
  })
})
