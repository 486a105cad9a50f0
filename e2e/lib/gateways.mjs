import { generateKeyPairSync } from "node:crypto"
import { readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import createJiti from "jiti"

// Payment gateways for the browser tests: the same local stubs of Stripe's,
// PayPal's and Razorpay's HTTP APIs as the backend's integration tests
// (backend/integration-tests/*.ts, loaded through jiti), on the ports and keys
// that `npm test` gave the backend (E2E_GATEWAYS), plus stand-ins for the
// gateways' browser scripts (gateway-sdks/), which this machine cannot fetch.
// The page loads those scripts from their real addresses; Playwright answers
// those addresses, and the gateways' browser-side API calls, here.

const HERE = path.dirname(fileURLToPath(import.meta.url))
const STUBS_DIR = path.resolve(HERE, "..", "..", "backend", "integration-tests")
const jiti = createJiti(fileURLToPath(import.meta.url), { interopDefault: true })

const sdk = (name) => readFileSync(path.join(HERE, "gateway-sdks", `${name}.js`), "utf8")

/** The gateway set-up `npm test` started the backend with, or null when it did not. */
export function gatewayConfig() {
  const raw = process.env.E2E_GATEWAYS
  return raw ? JSON.parse(raw) : null
}

/** Starts the three stubs on the configured ports. */
export async function startGatewayStubs(config) {
  const { StripeStub } = jiti(path.join(STUBS_DIR, "stripe-stub.ts"))
  const { PayPalStub } = jiti(path.join(STUBS_DIR, "paypal-stub.ts"))
  const { RazorpayStub } = jiti(path.join(STUBS_DIR, "razorpay-stub.ts"))
  const { publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 })
  const stripe = await new StripeStub(
    config.stripe.port,
    config.stripe.apiKey,
    config.stripe.webhookSecret,
    config.stripe.publishableKey
  ).start()
  const paypal = await new PayPalStub(config.paypal.port, config.paypal, publicKey).start()
  const razorpay = await new RazorpayStub(config.razorpay.port, config.razorpay).start()
  return {
    stripe,
    paypal,
    razorpay,
    async stop() {
      await Promise.all([stripe.stop(), paypal.stop(), razorpay.stop()])
    },
  }
}

const js = (body) => ({ status: 200, contentType: "application/javascript", body })
const json = (status, body) => ({
  status,
  contentType: "application/json",
  headers: { "access-control-allow-origin": "*" },
  body: JSON.stringify(body),
})

/**
 * Serves the gateways' browser side to every page of `context`: the SDK
 * stand-ins at the SDKs' addresses; Stripe.js's API calls forwarded to the
 * Stripe stub (and the bank's 3-D Secure page); the buyer's approval at
 * PayPal and the payment in Razorpay Checkout performed on those stubs.
 */
export async function routeGatewayBrowserSide(context, stubs) {
  await context.route(/^https:\/\/js\.stripe\.com\//, (route) => route.fulfill(js(sdk("stripe"))))
  await context.route(/^https:\/\/api\.stripe\.com\//, async (route) => {
    const request = route.request()
    const url = new URL(request.url())
    const res = await fetch(`${stubs.stripe.stub.url}${url.pathname}${url.search}`, {
      method: request.method(),
      headers: { "content-type": request.headers()["content-type"] ?? "application/x-www-form-urlencoded" },
      body: request.method() === "GET" ? undefined : request.postData() ?? "",
    })
    await route.fulfill(json(res.status, await res.json()))
  })
  // 3-D Secure: the bank's page, and what it does when the shopper confirms
  await context.route(/^https:\/\/hooks\.stripe\.com\/3d_secure_2\//, async (route) => {
    const [, action, intentId] = new URL(route.request().url()).pathname.match(/\/3d_secure_2\/(authenticate|complete)\/([^/]+)/) ?? []
    if (action === "authenticate") {
      return route.fulfill({
        status: 200,
        contentType: "text/html",
        body: `<!doctype html><title>3D Secure</title><h1>Your bank: confirm this payment</h1>
          <form method="post" action="/3d_secure_2/complete/${intentId}"><button data-testid="stub-3ds-complete">Complete authentication</button></form>`,
      })
    }
    const back = action === "complete" ? stubs.stripe.authenticate(intentId) : null
    await route.fulfill(back ? { status: 302, headers: { location: back } } : { status: 400, body: "no such authentication" })
  })
  await context.route(/^https:\/\/www\.paypal\.com\/sdk\/js/, (route) => route.fulfill(js(sdk("paypal"))))
  await context.route(/^https:\/\/www\.paypal\.com\/checkoutnow\/approve/, async (route) => {
    const token = new URL(route.request().url()).searchParams.get("token")
    if (!stubs.paypal.orders.has(token)) {
      return route.fulfill(json(404, { name: "RESOURCE_NOT_FOUND" }))
    }
    stubs.paypal.approve(token)
    await route.fulfill(json(200, { id: token, status: "APPROVED" }))
  })
  await context.route(/^https:\/\/checkout\.razorpay\.com\//, (route) => route.fulfill(js(sdk("razorpay"))))
  await context.route(/^https:\/\/api\.razorpay\.com\/v1\/checkout\/pay/, async (route) => {
    const { key_id, order_id, fail } = JSON.parse(route.request().postData() ?? "{}")
    if (key_id !== stubs.razorpay.creds.keyId) {
      return route.fulfill(json(401, { error: { code: "BAD_REQUEST_ERROR", description: "Authentication failed" } }))
    }
    await route.fulfill(json(200, stubs.razorpay.checkout(order_id, { fail: Boolean(fail) })))
  })
}
