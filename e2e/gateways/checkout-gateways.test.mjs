import assert from "node:assert/strict"
import { test } from "node:test"
import { newPerson, stepper, STOREFRONT_URL } from "../lib/browser.mjs"
import { gatewayConfig, routeGatewayBrowserSide, startGatewayStubs } from "../lib/gateways.mjs"
import { buyMonthlyPlanFromProductPage, openProductFromSearch, registerInStorefront, uniqueEmail } from "../lib/storefront.mjs"
import { browserTest } from "../lib/fixture.mjs"

// Paying through the storefront with each real gateway, as a shopper does:
// the backend runs with Stripe, PayPal and Razorpay keys pointing at local
// stubs of their APIs (npm test's second browser phase), the storefront shows
// each region only its gateways, and the gateways' browser scripts are local
// stand-ins (e2e/lib/gateway-sdks) that call the stubs the way the real
// scripts call the gateways. The backend checks every payment with the
// gateway itself before it places the order.

const config = gatewayConfig()
let stubs
let browser

browserTest("checkout-gateways", {
  async setup(ctx) {
    assert.ok(config, "E2E_GATEWAYS is not set: run through `npm test` (it starts the backend with the gateway keys)")
    stubs = await startGatewayStubs(config)
    browser = ctx.browser
  },
  async teardown() {
    await stubs?.stop()
  },
})

/**
 * Runs `body({ page, step })` as a new shopper whose browser reaches the
 * gateways (their stand-ins); page errors go to the test log, failed steps
 * leave a screenshot named after `name`.
 */
async function asShopper(name, body) {
  const { context, page } = await newPerson(browser)
  await routeGatewayBrowserSide(context, stubs)
  page.on("pageerror", (error) => process.stderr.write(`[page error] ${error.stack || error.message}\n`))
  page.on("console", (m) => m.type() === "error" && process.stderr.write(`[page console] ${m.text()}\n`))
  try {
    await body({ page, step: stepper(name, () => page) })
  } finally {
    await context.close()
  }
}

/** Puts a monthly VPS plan in the cart in `country`'s store and opens the checkout. */
async function checkoutWithVps(page, country) {
  await openProductFromSearch(page, "VPS", /VPS/, { country })
  await buyMonthlyPlanFromProductPage(page, { country })
}

const ADDRESSES = {
  us: { address: "1 Infinite Loop", city: "Cupertino", postal: "95014" },
  in: { address: "12 MG Road", city: "Bengaluru", postal: "560001" },
}

/** Fills the billing step (a signed-in shopper: the email is the account's). */
async function fillBilling(page, country, { email } = {}) {
  if (email) {
    await page.getByLabel("Email").fill(email)
  }
  const a = ADDRESSES[country]
  await page.getByLabel("First name").fill("Ada")
  await page.getByLabel("Last name").fill("Lovelace")
  await page.getByRole("textbox", { name: "Address", exact: true }).fill(a.address)
  await page.getByLabel("City").fill(a.city)
  await page.getByLabel("Postal code").fill(a.postal)
  await page.getByLabel("Country").selectOption(country)
  await page.getByTestId("accept-terms").check()
}

/** The payment providers the checkout offers (ids, sorted). */
async function offeredMethods(page) {
  const radios = page.locator('input[name="payment_method"]')
  await radios.first().waitFor()
  return (await radios.evaluateAll((inputs) => inputs.map((i) => i.value))).sort()
}

async function choose(page, providerId) {
  await page.locator(`input[name="payment_method"][value="${providerId}"]`).check()
}

function orderIdFrom(page, country) {
  return page.url().match(new RegExp(`/${country}/order/([^/]+)/confirmed`))[1]
}

test("card (Stripe): a declined card is refused in the page, a good card saved for auto-renew places the order, charged once", async () => {
  const email = uniqueEmail("stripe")
  await asShopper("gateway-stripe", async ({ page, step }) => {
    await step("register and check out a plan in the US store", async () => {
      await registerInStorefront(page, { email, password: "correct-horse-42" })
      await checkoutWithVps(page, "us")
    })

    await step("the US store offers card and PayPal only", async () => {
      assert.deepEqual(await offeredMethods(page), ["pp_paypal_paypal", "pp_stripe_stripe"])
    })

    await step("continue to the card form with 'save this card'", async () => {
      await fillBilling(page, "us")
      await choose(page, "pp_stripe_stripe")
      await page.getByTestId("save-card").check()
      await page.getByTestId("place-order").click()
      await page.getByTestId("stub-card-number").waitFor()
    })

    await step("a declined card: the shopper sees why and stays on the form", async () => {
      await page.getByTestId("stub-card-number").fill("4000 0000 0000 0002")
      await page.getByTestId("stripe-pay").click()
      await page.getByText("Your card was declined.").waitFor()
      assert.match(page.url(), /\/us\/checkout/)
    })

    await step("a good card places the order", async () => {
      await page.getByTestId("stub-card-number").fill("4242 4242 4242 4242")
      await page.getByTestId("stripe-pay").click()
      await page.waitForURL(/\/us\/order\/[^/]+\/confirmed/)
      await page.getByTestId("order-confirmed").waitFor()
    })

    await step("Stripe charged the intent once and keeps the card for the customer", async () => {
      const intents = [...stubs.stripe.intents.values()].filter((pi) => pi.status === "succeeded")
      assert.equal(intents.length, 1)
      const [intent] = intents
      assert.equal(stubs.stripe.charges.get(intent.id), 1)
      assert.equal(intent.setup_future_usage, "off_session")
      assert.ok(intent.customer, "the intent belongs to a Stripe customer")
      assert.equal(stubs.stripe.attached.get("pm_card_visa"), intent.customer)
      assert.equal(stubs.stripe.customers.get(intent.customer).email, email)
    })

    await step("the order is in the account", async () => {
      const orderId = orderIdFrom(page, "us")
      await page.goto(`${STOREFRONT_URL}/us/account/orders/${orderId}`)
      await page.getByTestId("download-invoice").waitFor()
    })
  })
})

test("PayPal: a shopper approves the order at PayPal and the order is placed with one capture", async () => {
  await asShopper("gateway-paypal", async ({ page, step }) => {
    await step("sign up, check out and pick PayPal", async () => {
      await registerInStorefront(page, { email: uniqueEmail("paypal"), password: "correct-horse-42" })
      await checkoutWithVps(page, "us")
      await fillBilling(page, "us")
      await choose(page, "pp_paypal_paypal")
      await page.getByTestId("place-order").click()
      await page.getByTestId("stub-paypal-button").waitFor()
    })

    await step("approve at PayPal: the order is placed", async () => {
      await page.getByTestId("stub-paypal-button").click()
      await page.waitForURL(/\/us\/order\/[^/]+\/confirmed/)
      await page.getByTestId("order-confirmed").waitFor()
    })

    await step("PayPal holds one completed order with one capture", async () => {
      const completed = [...stubs.paypal.orders.values()].filter((o) => o.status === "COMPLETED")
      assert.equal(completed.length, 1)
      assert.equal(completed[0].purchase_units[0].payments.captures.length, 1)
    })
  })
})

test("Razorpay (India): the store offers Razorpay and card; a failed payment can be retried and the paid order is captured", async () => {
  await asShopper("gateway-razorpay", async ({ page, step }) => {
    await step("sign up and check out in the Indian store", async () => {
      await registerInStorefront(page, { email: uniqueEmail("razorpay"), password: "correct-horse-42" })
      await checkoutWithVps(page, "in")
      assert.deepEqual(await offeredMethods(page), ["pp_razorpay_razorpay", "pp_stripe_stripe"])
      await fillBilling(page, "in")
      await choose(page, "pp_razorpay_razorpay")
      await page.getByTestId("place-order").click()
      await page.getByTestId("razorpay-pay").waitFor()
    })

    await step("Checkout shows the amount in rupees; the bank declines the first try", async () => {
      await page.getByTestId("razorpay-pay").click()
      assert.match(await page.getByTestId("stub-razorpay-amount").textContent(), /^INR \d+\.\d\d$/)
      await page.getByTestId("stub-razorpay-fail").click()
      await page.getByText("Payment declined by the bank").waitFor()
    })

    await step("the second try is paid and the order placed", async () => {
      await page.getByTestId("razorpay-pay").click()
      await page.getByTestId("stub-razorpay-pay").click()
      await page.waitForURL(/\/in\/order\/[^/]+\/confirmed/)
      await page.getByTestId("order-confirmed").waitFor()
    })

    await step("Razorpay captured exactly the paid payment, in paise", async () => {
      const payments = [...stubs.razorpay.payments.values()]
      assert.deepEqual(payments.map((p) => p.status).sort(), ["captured", "failed"])
      const captured = payments.find((p) => p.status === "captured")
      assert.equal(captured.currency, "INR")
      assert.equal(stubs.razorpay.orders.get(captured.order_id).amount_paid, captured.amount)
    })
  })
})

test("card with 3-D Secure: the shopper confirms at the bank, comes back to the store and the order is placed", async () => {
  const succeededBefore = new Set([...stubs.stripe.intents.values()].filter((pi) => pi.status === "succeeded").map((pi) => pi.id))
  await asShopper("gateway-3ds", async ({ page, step }) => {
    await step("sign up and check out with a card that needs 3-D Secure", async () => {
      await registerInStorefront(page, { email: uniqueEmail("threeds"), password: "correct-horse-42" })
      await checkoutWithVps(page, "us")
      await fillBilling(page, "us")
      await choose(page, "pp_stripe_stripe")
      await page.getByTestId("place-order").click()
      await page.getByTestId("stub-card-number").fill("4000 0025 0000 3155")
      await page.getByTestId("stripe-pay").click()
    })

    await step("the bank's page; confirming returns to the store, which places the order", async () => {
      await page.waitForURL(/hooks\.stripe\.com\/3d_secure_2\/authenticate\//)
      await page.getByTestId("stub-3ds-complete").click()
      await page.waitForURL(/\/us\/order\/[^/]+\/confirmed/)
      await page.getByTestId("order-confirmed").waitFor()
    })

    await step("Stripe charged that intent once", async () => {
      const mine = [...stubs.stripe.intents.values()].filter((pi) => pi.status === "succeeded" && !succeededBefore.has(pi.id))
      assert.equal(mine.length, 1)
      assert.equal(stubs.stripe.charges.get(mine[0].id), 1)
    })
  })
})
