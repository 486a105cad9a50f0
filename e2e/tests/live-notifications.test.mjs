import assert from "node:assert/strict"
import { test } from "node:test"
import { STOREFRONT_URL } from "../lib/browser.mjs"
import { adminAuthHeaders, api } from "../lib/store-api.mjs"
import { registerInStorefront, uniqueEmail } from "../lib/storefront.mjs"
import { browserTest } from "../lib/fixture.mjs"

// A shopper on a phone (390 px) opens a ticket and goes on browsing. An admin answers it: a toast
// says so at once (a status message, under the header, clear of the chat button, dismissable),
// and the account link in the nav counts one unread notification until the shopper opens their
// account.

let page

const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const { step } = browserTest("live-notifications", {
  async setup({ newPerson }) {
    ;({ page } = await newPerson({ width: 390, height: 844 }))
  },
  page: () => page,
})

test("a support reply shows as a toast and a badge on the account link, live, at 390 px", async () => {
  const email = uniqueEmail("notify")
  let ticketId

  await step("register and open a ticket", async () => {
    await registerInStorefront(page, { email, password: "correct-horse-42", firstName: "Ada", lastName: "Lovelace" })
    await page.goto(`${STOREFRONT_URL}/us/account/support`)
    await page.getByTestId("new-ticket-link").click()
    await page.getByTestId("ticket-subject").fill("My server does not boot")
    await page.getByTestId("ticket-body").fill("It has been stuck since the last reboot.")
    await page.getByTestId("ticket-submit").click()
    await page.waitForURL((url) => /\/us\/account\/support\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"))
    ticketId = page.url().split("/").pop()
  })

  await step("browse on, connected", async () => {
    await page.goto(`${STOREFRONT_URL}/us/store`)
    await page.locator('[data-testid="notification-center"][data-connected="true"]').waitFor({ state: "attached" })
    assert.equal(await page.getByTestId("nav-notification-badge").count(), 0, "no badge before anything happened")
  })

  await step("the admin's reply arrives as a toast", async () => {
    const headers = await adminAuthHeaders()
    await api(`/admin/tickets/${ticketId}/replies`, { method: "POST", headers, body: { body: "We are looking into it." } })
    const toast = page.getByTestId("notification-toast").filter({ hasText: "Support replied" })
    await toast.waitFor()
    assert.equal(await toast.getAttribute("role"), "status")
    assert.match(await toast.innerText(), /My server does not boot/)

    // on the phone: inside the screen, under the header, clear of the chat button
    const box = await toast.boundingBox()
    const header = await page.locator("header").first().boundingBox()
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `the toast fits the 390 px screen (${box.x}..${box.x + box.width})`)
    assert.ok(box.y >= header.y + header.height, "the toast does not cover the header (navigation, cart)")
    const launcher = page.getByTestId("chat-launcher")
    if (await launcher.count()) {
      assert.ok(!overlaps(box, await launcher.boundingBox()), "the toast does not cover the chat button")
    }

    const badge = page.getByTestId("nav-notification-badge")
    await badge.waitFor()
    assert.match(await badge.innerText(), /^1/)
    assert.match(await page.getByTestId("nav-account-link").textContent(), /1 unread notification/)
  })

  await step("dismiss, then the account page clears the badge", async () => {
    await page.getByTestId("notification-toast-dismiss").first().click()
    await page.getByTestId("notification-toast").waitFor({ state: "detached" })
    assert.equal(await page.getByTestId("nav-notification-badge").count(), 1, "dismissing a toast keeps it unread")
    await page.getByTestId("nav-account-link").click()
    await page.waitForURL(/\/us\/account$/)
    await page.getByTestId("nav-notification-badge").waitFor({ state: "detached" })
  })
})
