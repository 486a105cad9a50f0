import assert from "node:assert/strict"
import { test } from "node:test"
import { markOrderPaid } from "../lib/admin.mjs"
import { newPerson, saveScreenshot, stepper, STOREFRONT_URL } from "../lib/browser.mjs"
import { placeOrderAtCheckout, registerInStorefront, uniqueEmail } from "../lib/storefront.mjs"
import { browserTest } from "../lib/fixture.mjs"

// A new shopper configures a Cloud VPS on its product page (data center, OS
// image, hostname, checked as they type), sees those options in the cart and
// at checkout, pays by bank transfer; once the admin records the payment the
// subscription page shows the server being set up and then running, with
// its addresses, hostname, data center, OS and the ssh command, reveals the
// root password after re-entering the account password (a wrong one is
// refused) and reboots it behind a confirmation. Checked at phone width too.

const PASSWORD = "correct-horse-42"
const HOSTNAME = "web-01.example.com"
const PHONE = { width: 390, height: 844 }

let browser

browserTest("service-delivery", {
  async setup(ctx) {
    browser = ctx.browser
  },
})

/** Desktop and phone screenshots; at phone width nothing may be wider than the screen. */
async function screenshots(page, name) {
  await saveScreenshot(page, `service-delivery-${name}`)
  const size = page.viewportSize()
  await page.setViewportSize(PHONE)
  await page.waitForTimeout(200)
  await saveScreenshot(page, `service-delivery-${name}-390`)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  assert.ok(overflow <= 0, `${name}: the page is ${overflow}px wider than a 390px screen`)
  await page.setViewportSize(size)
}

test("a shopper chooses a data center, OS and hostname, buys a VPS, sees the running server and reveals its root password", async () => {
  const { page } = await newPerson(browser)
  const step = stepper("service-delivery", () => page)
  const byTestId = (id) => page.getByTestId(id)
  const email = uniqueEmail("server-buyer")
  let orderId

  await step("register", async () => {
    await registerInStorefront(page, { email, password: PASSWORD, firstName: "Linus", lastName: "Torvalds" })
  })

  await step("open the VPS and see its purchase options", async () => {
    await page.goto(`${STOREFRONT_URL}/us/products/cloud-vps`)
    await byTestId("service-options").waitFor()
    assert.equal(await page.locator('[data-testid^="location-select-"]').count(), 6, "six data centers to choose from")
    assert.match(await byTestId("os-select-debian-12").textContent(), /Debian 12/)
    // a hostname is suggested once the page runs in the browser
    await page.waitForFunction(() => /^cloud-vps-[a-z0-9]{4}$/.test(document.querySelector('[data-testid="hostname-input"]')?.value ?? ""))
  })

  await step("choose plan, data center, OS and a hostname (checked while typing)", async () => {
    await page.locator('[data-testid^="plan-select-"]').first().click()
    await byTestId("term-select-Monthly").click()
    await byTestId("location-select-frankfurt-de").click()
    await byTestId("os-select-debian-12").click()
    assert.equal(await page.locator('input[name="service-location"]:checked').getAttribute("value"), "frankfurt-de")
    assert.equal(await page.locator('input[name="service-os"]:checked').getAttribute("value"), "debian-12")

    const hostname = byTestId("hostname-input")
    await hostname.fill("-web_01")
    await hostname.blur()
    assert.match(await byTestId("hostname-error").textContent(), /hyphen/)
    assert.equal(await hostname.getAttribute("aria-invalid"), "true")
    await byTestId("add-to-cart").click()
    assert.equal(await page.evaluate(() => document.activeElement?.id), "service-hostname", "Add to cart points at the field to fix")
    assert.equal(await page.getByText("Added to your cart").count(), 0, "nothing is added with a bad hostname")

    await hostname.fill("WEB-01.example.com")
    assert.equal(await hostname.inputValue(), HOSTNAME, "typed in lowercase")
    assert.equal(await byTestId("hostname-error").count(), 0)
    await byTestId("ssh-key-input").fill("-----BEGIN OPENSSH PRIVATE KEY-----")
    await byTestId("ssh-key-input").blur()
    assert.match(await byTestId("ssh-key-error").textContent(), /private key/)
    await byTestId("ssh-key-input").fill("")
    assert.match(await byTestId("service-options-summary").textContent(), /Frankfurt, DE · Debian 12 · web-01\.example\.com/)
    await screenshots(page, "product-options")
  })

  await step("add to cart", async () => {
    await byTestId("add-to-cart").click()
    await page.waitForFunction(() => document.querySelector('[data-testid="nav-cart-count"]')?.textContent === "1")
  })

  await step("the cart shows the chosen options", async () => {
    await page.goto(`${STOREFRONT_URL}/us/cart`)
    const options = byTestId("cart-item").getByTestId("line-service-config")
    await options.waitFor()
    assert.match(await options.getByTestId("line-service-location").textContent(), /Frankfurt, DE/)
    assert.match(await options.getByTestId("line-service-os").textContent(), /Debian 12/)
    assert.match(await options.getByTestId("line-service-hostname").textContent(), new RegExp(HOSTNAME.replace(/\./g, "\\.")))
    await screenshots(page, "cart")
    await byTestId("checkout-button").click()
    await page.waitForURL(/\/us\/checkout/)
  })

  await step("checkout shows them and the order is placed by bank transfer", async () => {
    const summary = byTestId("order-summary")
    await summary.waitFor()
    assert.match(await summary.getByTestId("line-service-config").textContent(), /Frankfurt, DE.*Debian 12.*web-01\.example\.com/s)
    await screenshots(page, "checkout")
    await placeOrderAtCheckout(page, { firstName: "Linus", lastName: "Torvalds" })
    orderId = page.url().match(/\/order\/([^/]+)\/confirmed/)[1]
    assert.match(await byTestId("order-summary").getByTestId("line-service-hostname").textContent(), /web-01\.example\.com/)
  })

  await step("the admin records the transfer", async () => {
    await markOrderPaid(orderId)
  })

  await step("the subscription page shows the server once it is running", async () => {
    await page.goto(`${STOREFRONT_URL}/us/account/subscriptions`)
    const link = byTestId("subscription-link").first()
    for (let i = 0; i < 15 && (await link.count()) === 0; i++) {
      await page.waitForTimeout(1000)
      await page.reload()
    }
    await link.click()
    await page.waitForURL(/\/us\/account\/subscriptions\/[^/?]+$/)
    await byTestId("service-panel").waitFor()
    // provisioning takes a few seconds: the page refreshes itself while the server is set up
    const ipv4 = byTestId("service-ipv4")
    for (let i = 0; i < 20 && (await ipv4.count()) === 0; i++) {
      await page.waitForTimeout(2000)
      if ((await byTestId("service-status").count()) === 0) {
        await page.reload()
      }
    }
    await page.locator('[data-testid="service-status"][data-status="active"]').waitFor({ timeout: 60_000 })
    const address = (await ipv4.textContent()).trim()
    assert.match(address, /^\d{1,3}(\.\d{1,3}){3}$/)
    assert.match((await byTestId("service-ipv6").textContent()).trim(), /:/)
    assert.equal((await byTestId("service-hostname").textContent()).trim(), HOSTNAME)
    assert.equal((await byTestId("service-location").textContent()).trim(), "Frankfurt, DE")
    assert.equal((await byTestId("service-os").textContent()).trim(), "Debian 12")
    assert.equal((await byTestId("service-ssh-command").textContent()).trim(), `ssh root@${address}`)
    await byTestId("service-ipv4-copy").waitFor()
    await screenshots(page, "server-running")
  })

  await step("a wrong account password shows no root password", async () => {
    await byTestId("root-password-show").click()
    await byTestId("root-password-account").fill("not-my-password")
    await byTestId("root-password-submit").click()
    await page.locator("#root-password-error").waitFor()
    assert.equal(await byTestId("root-password-value").count(), 0)
  })

  await step("the account password reveals it, masked until shown", async () => {
    await byTestId("root-password-account").fill(PASSWORD)
    await byTestId("root-password-submit").click()
    const value = byTestId("root-password-value")
    await value.waitFor()
    assert.equal(await value.getAttribute("data-visible"), "false")
    assert.match(await value.textContent(), /^•+$/)
    await byTestId("root-password-toggle").click()
    assert.equal(await value.getAttribute("data-visible"), "true")
    const rootPassword = (await value.textContent()).trim()
    assert.ok(rootPassword.length >= 12 && !rootPassword.includes("•"), "a real password is shown")
    await byTestId("root-password-copy").waitFor()
    await screenshots(page, "root-password")
    await page.getByRole("button", { name: "Done" }).click()
    assert.ok(!(await page.content()).includes(rootPassword), "gone from the page once done")
  })

  await step("reboot asks first, then restarts the server", async () => {
    await byTestId("service-reboot").click()
    const dialog = byTestId("service-reboot-dialog")
    assert.match(await dialog.textContent(), new RegExp(`Reboot ${HOSTNAME.replace(/\./g, "\\.")}\\?`))
    await byTestId("service-reboot-confirm").click()
    assert.match(await byTestId("service-action-message").textContent(), /restarting/)
  })
})
