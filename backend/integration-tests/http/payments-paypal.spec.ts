import { generateKeyPairSync } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { acceptTerms, adminHeaders, errorOf, findVariant, registerCustomer, seedStore, US_ADDRESS, type StoreContext } from "../helpers"
import { PayPalStub, signPayPalWebhook } from "../paypal-stub"
import { pickPort } from "../stubs"
import { PAYMENT_LOG_MODULE } from "../../src/modules/payment-log"

jest.setTimeout(180 * 1000)

const PORT = pickPort()
const CREDS = { clientId: "paypal-test-client", clientSecret: "paypal-test-secret", webhookId: "WH-TEST-0001" }
Object.assign(process.env, {
  PAYPAL_CLIENT_ID: CREDS.clientId,
  PAYPAL_CLIENT_SECRET: CREDS.clientSecret,
  PAYPAL_WEBHOOK_ID: CREDS.webhookId,
  PAYPAL_API_BASE: `http://127.0.0.1:${PORT}`,
})

const PROVIDER = "pp_paypal_paypal"
const HOOK = "/hooks/payment/paypal_paypal"
// PayPal's signing key (the test holds the private half, the stub verifies with the public one)
const paypalKey = generateKeyPairSync("rsa", { modulusLength: 2048 })
const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let paypal: PayPalStub
    let admin: { headers: Record<string, string> }
    let n = 0

    beforeAll(async () => {
      paypal = await new PayPalStub(PORT, CREDS, paypalKey.publicKey).start()
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
      // the region offers PayPal (set here, independent of the seed's gateway table)
      await api.post(
        `/admin/regions/${ctx.regions["North America"].id}`,
        { payment_providers: [PROVIDER, "pp_system_default"] },
        admin
      )
    })

    afterAll(async () => {
      await paypal.stop()
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    /** A signed-in shopper's cart in North America with a PayPal session, as the storefront's payment step makes it. */
    async function paypalCheckout() {
      const shopper = await registerCustomer(api, ctx, `paypal-${Date.now()}-${++n}@example.com`)
      const headers = shopper.headers
      const { line } = await findVariant(api, ctx, "managed-postgresql", "Hobby", "Monthly")
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: ctx.regions["North America"].id,
          email: shopper.email,
          billing_address: US_ADDRESS,
          items: [line],
        },
        headers
      )
      await acceptTerms(api, data.cart.id, headers)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: data.cart.id }, headers)
      const { data: withSession } = await api.post(
        `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
        { provider_id: PROVIDER },
        headers
      )
      const session = withSession.payment_collection.payment_sessions[0]
      return { cart: data.cart, session, orderId: session.data.paypal_order_id as string, headers }
    }

    async function orderOfCart(cartId: string) {
      const { data } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((d: any) => d.order_id)
    }

    async function paymentsOfSession(sessionId: string) {
      const { data } = await query().graph({
        entity: "payment",
        fields: ["id", "amount", "captured_at", "canceled_at", "data", "captures.id", "captures.amount", "refunds.id", "refunds.amount"],
        filters: { payment_session_id: sessionId },
      })
      return data as any[]
    }

    async function waitFor<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 20000) {
      const until = Date.now() + ms
      let value = await probe()
      while (!ok(value) && Date.now() < until) {
        await sleep(250)
        value = await probe()
      }
      return value
    }

    function captureEvent(orderId: string) {
      const capture = paypal.captureOf(orderId)!
      return JSON.stringify({
        id: `WH-${capture.id}`,
        event_type: "PAYMENT.CAPTURE.COMPLETED",
        resource_type: "capture",
        resource: {
          ...capture,
          supplementary_data: { related_ids: { order_id: orderId } },
        },
      })
    }

    function approvedEvent(orderId: string) {
      const order = paypal.orders.get(orderId)!
      return JSON.stringify({
        id: `WH-APPROVED-${orderId}`,
        event_type: "CHECKOUT.ORDER.APPROVED",
        resource_type: "checkout-order",
        resource: { id: order.id, status: order.status, intent: order.intent, purchase_units: order.purchase_units },
      })
    }

    const deliver = (body: string, headers: Record<string, string>) => api.post(HOOK, body, { headers })
    /** The HTTP status the webhook route answers (a refusal is not thrown). */
    const deliveryStatus = (body: string, headers: Record<string, string>) =>
      deliver(body, headers).then(
        (r: any) => r.status as number,
        (e: any) => (e.response?.status ?? 0) as number
      )
    const paymentLog = () => getContainer().resolve(PAYMENT_LOG_MODULE) as any
    const emails = async (to: string, template: string) =>
      (await api.get(`/admin/notification-logs?to=${encodeURIComponent(to)}&template=${template}`, admin)).data

    /** PayPal's PAYMENT.CAPTURE.DENIED for the session's order (a capture PayPal took back, e.g. a failed eCheck). */
    function deniedEvent(orderId: string, session: { data: Record<string, any> }) {
      return JSON.stringify({
        id: `WH-DENIED-${orderId}`,
        event_version: "1.0",
        create_time: new Date().toISOString(),
        event_type: "PAYMENT.CAPTURE.DENIED",
        resource_type: "capture",
        summary: `Payment denied for $ ${session.data.amount} USD`,
        resource: {
          id: `CAP-DENIED-${orderId}`,
          status: "DECLINED",
          amount: { currency_code: session.data.currency_code, value: session.data.amount },
          custom_id: session.data.custom_id,
          supplementary_data: { related_ids: { order_id: orderId } },
        },
      })
    }

    describe("checkout with PayPal", () => {
      it("creates a PayPal order for the session, captures the stored order at completion and records one capture", async () => {
        const { cart, session, orderId, headers } = await paypalCheckout()
        expect(session.provider_id).toBe(PROVIDER)
        expect(session.data.approve_url).toContain(orderId)
        expect(session.data.amount).toBe(Number(cart.total).toFixed(2))
        expect(session.data.currency_code).toBe("USD")
        const created = paypal.orders.get(orderId)!
        expect(created.intent).toBe("CAPTURE")
        expect(created.purchase_units[0].amount).toEqual({ currency_code: "USD", value: Number(cart.total).toFixed(2) })
        expect(created.purchase_units[0].custom_id!.startsWith(`${session.id}.`)).toBe(true)

        paypal.approve(orderId)
        const { data: done } = await api.post(`/store/carts/${cart.id}/complete`, {}, headers)
        expect(done.type).toBe("order")
        expect(paypal.captureOf(orderId)?.status).toBe("COMPLETED")

        const [payment] = await paymentsOfSession(session.id)
        expect(payment.captured_at).toBeTruthy()
        expect(payment.captures).toHaveLength(1)
        expect(Number(payment.captures[0].amount)).toBeCloseTo(Number(cart.total), 2)
        expect(payment.data.capture_id).toBe(paypal.captureOf(orderId)!.id)

        // every API call carried a Bearer token from the OAuth call, which was made once and reused
        const apiCalls = paypal.stub.requests.filter((r) => r.path !== "/v1/oauth2/token")
        expect(apiCalls.length).toBeGreaterThan(2)
        expect(apiCalls.every((r) => paypal.tokens.has(String(r.headers.authorization).replace("Bearer ", "")))).toBe(true)
        expect(paypal.calls("POST", "/v1/oauth2/token")).toHaveLength(1)
      })

      it("does not complete a cart whose PayPal order the buyer has not approved", async () => {
        const { cart, orderId, headers } = await paypalCheckout()
        const failed = await errorOf(api.post(`/store/carts/${cart.id}/complete`, {}, headers))
        expect(failed.status).toBeGreaterThanOrEqual(400)
        expect(await orderOfCart(cart.id)).toHaveLength(0)
        expect(paypal.captureOf(orderId)).toBeUndefined()
      })

      it("answers a declined funding source with no order and no capture", async () => {
        const { cart, session, orderId, headers } = await paypalCheckout()
        paypal.approve(orderId)
        paypal.declineAtCapture(orderId)
        const failed = await errorOf(api.post(`/store/carts/${cart.id}/complete`, {}, headers))
        expect(failed.status).toBeGreaterThanOrEqual(400)
        expect(await orderOfCart(cart.id)).toHaveLength(0)
        expect(paypal.captureOf(orderId)).toBeUndefined()
        expect(await paymentsOfSession(session.id)).toHaveLength(0)
        const { data } = await query().graph({ entity: "payment_session", fields: ["status", "data"], filters: { id: session.id } })
        expect(data[0].status).toBe("error")
        expect((data[0].data as any).error).toBe("INSTRUMENT_DECLINED")
      })

      it("refunds through the admin: partial then the rest reach PayPal's capture refund", async () => {
        const { cart, session, orderId, headers } = await paypalCheckout()
        paypal.approve(orderId)
        await api.post(`/store/carts/${cart.id}/complete`, {}, headers)
        const [payment] = await paymentsOfSession(session.id)
        const captureId = paypal.captureOf(orderId)!.id

        await api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, admin)
        const rest = Number((Number(cart.total) - 5).toFixed(2))
        await api.post(`/admin/payments/${payment.id}/refund`, { amount: rest }, admin)

        const refunds = paypal.refunds.filter((r) => r.capture_id === captureId)
        expect(refunds.map((r) => r.value)).toEqual(["5.00", rest.toFixed(2)])
        // each refund carried its own PayPal-Request-Id (Medusa's refund id): a retry can't refund twice
        expect(new Set(refunds.map((r) => r.request_id)).size).toBe(2)
        const [after] = await paymentsOfSession(session.id)
        expect(after.refunds).toHaveLength(2)
        // more than captured is refused and nothing reaches PayPal
        expect((await errorOf(api.post(`/admin/payments/${payment.id}/refund`, { amount: 1 }, admin))).status).toBe(400)
        expect(paypal.refunds.filter((r) => r.capture_id === captureId)).toHaveLength(2)
      })
    })

    describe("PayPal webhooks", () => {
      it("completes an approved cart from CHECKOUT.ORDER.APPROVED; replays, shuffled events and a late /complete change nothing", async () => {
        const { cart, session, orderId, headers } = await paypalCheckout()
        paypal.approve(orderId)
        const approved = approvedEvent(orderId)
        const approvedHeaders = signPayPalWebhook(paypalKey.privateKey, CREDS.webhookId, approved)
        expect((await deliver(approved, approvedHeaders)).status).toBe(200)

        const orders = await waitFor(() => orderOfCart(cart.id), (o) => o.length === 1)
        expect(orders).toHaveLength(1)
        const [payment] = await waitFor(() => paymentsOfSession(session.id), (p) => !!p[0]?.captured_at)
        expect(payment.captures).toHaveLength(1)
        const captureCalls = paypal.calls("POST", `/v2/checkout/orders/${orderId}/capture`).length
        expect(captureCalls).toBe(1)

        // the capture event replayed 3×, the approval replayed after it, the shopper's own /complete
        const captured = captureEvent(orderId)
        const capturedHeaders = signPayPalWebhook(paypalKey.privateKey, CREDS.webhookId, captured)
        const before = paypal.verifications.length
        for (let i = 0; i < 3; i++) {
          expect((await deliver(captured, capturedHeaders)).status).toBe(200)
        }
        await deliver(approved, signPayPalWebhook(paypalKey.privateKey, CREDS.webhookId, approved))
        await errorOf(api.post(`/store/carts/${cart.id}/complete`, {}, headers))
        await waitFor(async () => paypal.verifications.length, (v) => v >= before + 4)
        // verified at once on arrival; Medusa processes each event 5 s later: wait for those too
        await sleep(8000)

        expect(paypal.verifications.slice(before).every((v) => v.verification_status === "SUCCESS")).toBe(true)
        expect(await orderOfCart(cart.id)).toHaveLength(1)
        const [again] = await paymentsOfSession(session.id)
        expect(again.captures).toHaveLength(1)
        expect(paypal.calls("POST", `/v2/checkout/orders/${orderId}/capture`)).toHaveLength(captureCalls)
        expect(paypal.calls("POST", "/v2/payments/")).toHaveLength(paypal.refunds.length)
      })

      it("refuses a tampered body, a forged signature and a stale transmission; the genuine event still works", async () => {
        const { cart, orderId } = await paypalCheckout()
        paypal.approve(orderId)
        const approved = approvedEvent(orderId)

        const tampered = approved.replace(/"value":"[0-9.]+"/, '"value":"0.01"')
        expect(tampered).not.toBe(approved)
        const signedForOriginal = signPayPalWebhook(paypalKey.privateKey, CREDS.webhookId, approved)
        const forged = signPayPalWebhook(otherKey.privateKey, CREDS.webhookId, approved)
        const stale = signPayPalWebhook(paypalKey.privateKey, CREDS.webhookId, approved, {
          time: new Date(Date.now() - 60 * 60 * 1000),
        })

        const before = paypal.verifications.length
        // refused before Medusa queues them: 400 to the sender, never processed
        expect(await deliveryStatus(tampered, signedForOriginal)).toBe(400)
        expect(await deliveryStatus(approved, forged)).toBe(400)
        expect(await deliveryStatus(approved, stale)).toBe(400)
        const { "paypal-transmission-sig": _sig, ...unsigned } = signedForOriginal
        expect(await deliveryStatus(approved, unsigned)).toBe(400)
        await sleep(3000)
        // tampered and forged reached PayPal's verification once each and failed; the stale and the
        // unsigned one were refused before any call; nothing was queued, so nothing verified them again
        // (the successes in between are the previous test's events, still being processed)
        const failures = paypal.verifications.slice(before).filter((v) => v.verification_status !== "SUCCESS")
        expect(failures).toEqual([{ verification_status: "FAILURE" }, { verification_status: "FAILURE" }])
        expect(await orderOfCart(cart.id)).toHaveLength(0)
        expect(paypal.captureOf(orderId)).toBeUndefined()

        expect(await deliveryStatus(approved, signPayPalWebhook(paypalKey.privateKey, CREDS.webhookId, approved))).toBe(200)
        expect(await waitFor(() => orderOfCart(cart.id), (o) => o.length === 1)).toHaveLength(1)
      })

      it("a genuine event for a replaced session completes nothing (no other cart is touched)", async () => {
        // A paid with PayPal, then switched to another payment method: its PayPal session is deleted
        const a = await paypalCheckout()
        paypal.approve(a.orderId)
        const { data: collection } = await api.get(`/store/carts/${a.cart.id}?fields=payment_collection.id`, a.headers)
        await api.post(
          `/store/payment-collections/${collection.cart.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          a.headers
        )
        const { data: left } = await query().graph({ entity: "payment_session", fields: ["id"], filters: { id: a.session.id } })
        expect(left).toHaveLength(0)
        // B has an approved PayPal order of its own, waiting for its shopper
        const b = await paypalCheckout()
        paypal.approve(b.orderId)

        const approved = approvedEvent(a.orderId)
        expect(await deliveryStatus(approved, signPayPalWebhook(paypalKey.privateKey, CREDS.webhookId, approved))).toBe(200)
        await sleep(7000)
        expect(await orderOfCart(a.cart.id)).toHaveLength(0)
        expect(await orderOfCart(b.cart.id)).toHaveLength(0)
        expect(paypal.captureOf(b.orderId)).toBeUndefined()
        expect(paypal.captureOf(a.orderId)).toBeUndefined()
      })

      it("answers 503 while PayPal's verification is unreachable, so PayPal delivers the event again", async () => {
        const { cart, orderId } = await paypalCheckout()
        paypal.approve(orderId)
        const approved = approvedEvent(orderId)
        paypal.verificationOutages = 1
        expect(await deliveryStatus(approved, signPayPalWebhook(paypalKey.privateKey, CREDS.webhookId, approved))).toBe(503)
        await sleep(2000)
        expect(await orderOfCart(cart.id)).toHaveLength(0)
        // PayPal's retry (a new transmission) goes through
        expect(await deliveryStatus(approved, signPayPalWebhook(paypalKey.privateKey, CREDS.webhookId, approved))).toBe(200)
        expect(await waitFor(() => orderOfCart(cart.id), (o) => o.length === 1)).toHaveLength(1)
      })

      it("records a denied capture once and emails the shopper once, however often PayPal sends it", async () => {
        const { cart, session, orderId } = await paypalCheckout()
        const denied = deniedEvent(orderId, session)
        for (let i = 0; i < 3; i++) {
          // each delivery is a new transmission of the same event
          expect(await deliveryStatus(denied, signPayPalWebhook(paypalKey.privateKey, CREDS.webhookId, denied))).toBe(200)
        }
        await waitFor(
          () => paymentLog().listPaymentFailures({ payment_session_id: session.id }),
          (f: any[]) => f.length > 0
        )
        const mail = await waitFor(() => emails(cart.email, "payment_failed"), (d: any) => d.count > 0)
        await sleep(1500)
        const recorded = await paymentLog().listPaymentFailures({ payment_session_id: session.id })
        expect(recorded).toHaveLength(1)
        expect(recorded[0]).toMatchObject({
          event_key: `WH-DENIED-${orderId}`,
          action: "failed",
          provider_id: PROVIDER,
          cart_id: cart.id,
          email: cart.email,
          code: "DECLINED",
          reason: `Payment denied for $ ${session.data.amount} USD`,
        })
        expect((await emails(cart.email, "payment_failed")).count).toBe(1)
        const [message] = mail.notification_logs
        expect(message.subject).toContain("did not go through")
        expect(message.body_text).toContain("PayPal")
        // the "Try again" link opens the checkout of the cart's country
        expect(message.body_text).toMatch(/\/us\/checkout\/failed/)
        expect(await orderOfCart(cart.id)).toHaveLength(0)
      })
    })
  },
})
