import assert from "node:assert/strict"
import { test } from "node:test"
import { STOREFRONT_URL } from "../lib/browser.mjs"
import { api } from "../lib/store-api.mjs"
import { registerInStorefront } from "../lib/storefront.mjs"
import { browserTest } from "../lib/fixture.mjs"

// A new shopper registers, finds the welcome email under Account → Messages,
// then forgets the password: the reset link is read from the password reset
// email through the admin API, a new password is set and the shopper signs in
// with it. Both apps must be running with the seed loaded.

const ADMIN_EMAIL = process.env.ADMIN_EMAIL || "admin@cloudservices.local"
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD || "CloudAdmin!2026"

let page

const byTestId = (id) => page.getByTestId(id)
const { step } = browserTest("messages", {
  async setup({ newPerson }) {
    ;({ page } = await newPerson())
  },
  page: () => page,
})

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** The backend's JSON API, with an admin bearer token when given. */
const backend = (path, { token, ...options } = {}) =>
  api(path, { ...options, headers: token ? { authorization: `Bearer ${token}` } : {} })

/** The reset URL from the newest password reset email to `email` (polls up to 10 s). */
async function readResetUrl(email) {
  const { token } = await backend("/auth/user/emailpass", {
    method: "POST",
    body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  })
  const deadline = Date.now() + 10_000
  for (;;) {
    const query = new URLSearchParams({ template: "password_reset", to: email })
    const { notification_logs } = await backend(`/admin/notification-logs?${query}`, { token })
    if (notification_logs?.length) {
      const { notification_log } = await backend(
        `/admin/notification-logs/${notification_logs[0].id}`,
        { token }
      )
      const match = notification_log.body_text?.match(/https?:\/\/\S*\/reset-password\?\S+/)
      if (match) {
        return match[0]
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`no password reset email to ${email} within 10 s`)
    }
    await sleep(500)
  }
}

test("a new shopper reads the welcome email in the account and resets a forgotten password", async () => {
  const email = `messages-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
  const password = "correct-horse-42"
  const newPassword = "battery-staple-2026"

  await step("register", async () => {
    await registerInStorefront(page, { email, password })
  })

  await step("messages-list", async () => {
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Messages" }).click()
    await page.waitForURL(/\/us\/account\/messages/)
    // The welcome email is queued by a subscriber right after sign-up.
    const row = byTestId("message-row").filter({ hasText: "Welcome to CloudServices" })
    const deadline = Date.now() + 15_000
    while (!(await row.count())) {
      assert.ok(Date.now() < deadline, "the welcome email shows up in Messages")
      await sleep(1000)
      await page.reload()
    }
    assert.match(await row.first().textContent(), new RegExp(email.replace(/[.+]/g, "\\$&")))
    assert.ok(await row.first().getByTestId("message-status").isVisible(), "the status badge is shown")
  })

  await step("sms-tab", async () => {
    await byTestId("messages-tab-sms").click()
    await page.waitForURL(/[?&]channel=sms/)
    await byTestId("messages-empty").waitFor()
    await byTestId("messages-tab-email").click()
    await page.waitForURL(/[?&]channel=email/)
  })

  await step("message-detail", async () => {
    const row = byTestId("message-row").filter({ hasText: "Welcome to CloudServices" }).first()
    await row.getByTestId("message-subject").click()
    await page.waitForURL(/\/us\/account\/messages\/[^/?]+$/)
    assert.equal(await byTestId("message-subject").textContent(), "Welcome to CloudServices")
    const frame = byTestId("message-body").locator("iframe")
    assert.equal(await frame.getAttribute("sandbox"), "")
    await frame.contentFrame().getByText("Welcome, Ada!").waitFor()
  })

  await step("sign-out", async () => {
    await byTestId("logout-button").click()
    await page.waitForURL(/\/us$/)
  })

  await step("forgot-password", async () => {
    await page.goto(`${STOREFRONT_URL}/us/account/login`)
    await page.getByRole("link", { name: "Forgot your password?" }).click()
    await page.waitForURL(/\/us\/account\/forgot-password/)
    await byTestId("forgot-email").fill(email)
    await byTestId("forgot-submit").click()
    assert.match(
      await byTestId("forgot-done").textContent(),
      /If an account exists for that address, we've emailed a link/
    )
  })

  let resetUrl
  await step("read-reset-email", async () => {
    const link = new URL(await readResetUrl(email))
    assert.equal(link.pathname, "/reset-password")
    assert.ok(link.searchParams.get("token"), "the link carries a token")
    assert.equal(link.searchParams.get("email"), email)
    resetUrl = `${STOREFRONT_URL}${link.pathname}${link.search}`
  })

  await step("reset-password", async () => {
    await page.goto(resetUrl)
    await page.waitForURL(/\/us\/account\/reset-password\?.*token=/)
    await byTestId("reset-password").fill("too-short")
    await byTestId("reset-confirm").fill("too-short")
    await byTestId("reset-submit").click()
    await page.getByText("Use at least 10 characters.").waitFor()
    await byTestId("reset-password").fill(newPassword)
    await byTestId("reset-confirm").fill(newPassword)
    await byTestId("reset-submit").click()
    await byTestId("reset-done").waitFor()
    assert.match(await byTestId("reset-done").textContent(), /Password changed/)
  })

  await step("sign-in-with-new-password", async () => {
    await byTestId("reset-signin-link").click()
    await page.waitForURL(/\/us\/account\/login/)
    await page.getByLabel("Email").fill(email)
    await page.getByLabel("Password").fill(newPassword)
    await byTestId("login-submit").click()
    await page.waitForURL(/\/us\/account$/)
    await byTestId("logout-button").waitFor()
  })
})
