import assert from "node:assert/strict"
import { test } from "node:test"
import { STOREFRONT_URL } from "../lib/browser.mjs"
import { registerInStorefront, uniqueEmail } from "../lib/storefront.mjs"
import { totp, totpStep } from "../lib/totp.mjs"
import { browserTest } from "../lib/fixture.mjs"

// A new shopper registers (with the emailed code), opens Account → Security,
// turns on an authenticator app by typing the secret shown on the page into a
// TOTP generator, gets recovery codes, signs out, and signs in again with the
// password plus a fresh code from the app. Both apps must be running with the
// seed loaded.

let page

const byTestId = (id) => page.getByTestId(id)
const { step } = browserTest("security", {
  async setup({ newPerson }) {
    ;({ page } = await newPerson())
  },
  page: () => page,
})

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** A code from the "app" for a time step not used yet (codes are single use). */
async function freshTotp(secret, usedSteps) {
  while (usedSteps.has(totpStep())) {
    await sleep(1000)
  }
  // Keep clear of the step boundary so the code is still current when it arrives.
  if (30 - ((Date.now() / 1000) % 30) < 3) {
    await sleep(3500)
  }
  usedSteps.add(totpStep())
  return totp(secret)
}

test("a shopper turns on an authenticator app and signs in with a code from it", async () => {
  const email = uniqueEmail("security")
  const password = "correct-horse-42"
  const usedSteps = new Set()
  let secret

  await step("register-with-code", async () => {
    await registerInStorefront(page, { email, password })
  })

  await step("open-security", async () => {
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Security" }).click()
    await page.waitForURL(/\/us\/account\/security$/)
    assert.match(await byTestId("security-shopper-id").textContent(), /^CS-/)
    assert.equal(await byTestId("security-email-status").textContent(), "Verified")
    assert.equal(await byTestId("security-2fa-status").textContent(), "Off")
  })

  await step("set-up-authenticator", async () => {
    await byTestId("totp-start").click()
    await byTestId("totp-secret").waitFor()
    secret = (await byTestId("totp-secret").textContent()).trim()
    assert.match(secret, /^[A-Z2-7]+=*$/, "the secret is base32")
    assert.match(await byTestId("totp-qr").getAttribute("src"), /^data:image\/svg\+xml;base64,/)
  })

  await step("confirm-authenticator", async () => {
    await byTestId("totp-code").fill(await freshTotp(secret, usedSteps))
    await byTestId("totp-confirm").click()
    await byTestId("totp-enabled").waitFor()
    const codes = byTestId("recovery-code")
    assert.equal(await codes.count(), 10, "ten recovery codes are shown once")
    assert.match(await codes.first().textContent(), /^[A-Za-z0-9]+(-[A-Za-z0-9]+)+$/)
    assert.match(await byTestId("recovery-download").getAttribute("href"), /^data:text\/plain/)
  })

  await step("security-page-after-reload", async () => {
    await page.reload()
    assert.equal(await byTestId("factor-totp").getAttribute("data-status"), "enabled")
    assert.equal(await byTestId("security-2fa-status").textContent(), "On")
    assert.match(await byTestId("recovery-remaining").textContent(), /10 unused recovery codes/)
    assert.ok((await byTestId("security-event").count()) > 0, "recent security activity is listed")
    assert.equal(await byTestId("recovery-code").count(), 0, "recovery codes are not shown again")
  })

  await step("sign-out", async () => {
    await byTestId("logout-button").click()
    await page.waitForURL(/\/us$/)
  })

  await step("sign-in-password", async () => {
    await page.goto(`${STOREFRONT_URL}/us/account/login`)
    await page.getByLabel("Email").fill(email)
    await page.getByLabel("Password").fill(password)
    await byTestId("login-submit").click()
    await page.waitForURL(/\/us\/account\/login\/two-factor/)
    await byTestId("mfa-step").waitFor()
    // The pre-MFA token is not a session: the account stays closed.
    const cookies = await page.context().cookies()
    assert.ok(!cookies.some((c) => c.name === "_medusa_jwt"), "no session cookie before the second step")
    const pending = cookies.find((c) => c.name === "_cs_mfa_pending")
    assert.ok(pending?.httpOnly, "the pre-MFA token is kept in an httpOnly cookie")
  })

  await step("second-step-wrong-code", async () => {
    const right = totp(secret)
    await byTestId("mfa-code").fill(String((Number(right) + 1) % 1_000_000).padStart(6, "0"))
    await byTestId("mfa-submit").click()
    await byTestId("mfa-error").waitFor()
    assert.match(page.url(), /\/two-factor/)
  })

  await step("second-step-totp", async () => {
    await byTestId("mfa-code").fill(await freshTotp(secret, usedSteps))
    await byTestId("mfa-submit").click()
    await page.waitForURL(/\/us\/account$/)
    await byTestId("logout-button").waitFor()
    const cookies = await page.context().cookies()
    assert.ok(cookies.some((c) => c.name === "_medusa_jwt"), "signed in")
    assert.ok(!cookies.some((c) => c.name === "_cs_mfa_pending"), "the pre-MFA token is gone")
  })
})
