import { createHmac, randomBytes } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { acceptTerms, adminHeaders, errorOf, findVariant, registerCustomer, seedStore, type StoreContext } from "../helpers"
import { RazorpayStub } from "../razorpay-stub"
import { pickPort } from "../stubs"
import { PAYMENT_LOG_MODULE } from "../../src/modules/payment-log"

jest.setTimeout(180 * 1000)

const PORT = pickPort()
const CREDS = { keyId: "rzp_test_cloudservices", keySecret: "razorpay-test-key-secret" }
const WEBHOOK_SECRET = "razorpay-test-webhook-secret"
Object.assign(process.env, {
  RAZORPAY_KEY_ID: CREDS.keyId,
  RAZORPAY_KEY_SECRET: CREDS.keySecret,
  RAZORPAY_WEBHOOK_SECRET: WEBHOOK_SECRET,
  RAZORPAY_API_BASE: `http://127.0.0.1:${PORT}`,
})

const PROVIDER = "pp_razorpay_razorpay"
const HOOK = "/hooks/payment/razorpay_razorpay"
const MUMBAI = {
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "1 Marine Drive",
  city: "Mumbai",
  postal_code: "400001",
  country_code: "in",
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const hmac = (secret: string, text: string) => createHmac("sha256", secret).update(text).digest("hex")
/** What Razorpay Checkout hands the browser after a payment. */
const checkoutSignature = (orderId: string, paymentId: string) => hmac(CREDS.keySecret, `${orderId}|${paymentId}`)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let razorpay: RazorpayStub
    let admin: { headers: Record<string, string> }
    let n = 0

    beforeAll(async () => {
      razorpay = await new RazorpayStub(PORT, CREDS).start()
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
      for (const region of ["India", "Europe"]) {
        await api.post(`/admin/regions/${ctx.regions[region].id}`, { payment_providers: [PROVIDER, "pp_system_default"] }, admin)
      }
    })

    afterAll(async () => {
      await razorpay.stop()
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    type Headers = { headers: Record<string, string> }

    /** A signed-in shopper's cart with a plan (plans are sold to verified accounts only). */
    async function cartIn(region: string) {
      const shopper = await registerCustomer(api, ctx, `razorpay-${Date.now()}-${++n}@example.com`)
      const headers = shopper.headers
      const { line } = await findVariant(api, ctx, "managed-postgresql", "Hobby", "Monthly")
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: ctx.regions[region].id,
          email: shopper.email,
          billing_address: { ...MUMBAI, country_code: region === "India" ? "in" : "de" },
          items: [line],
        },
        headers
      )
      await acceptTerms(api, data.cart.id, headers)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: data.cart.id }, headers)
      return { cart: data.cart, collectionId: pc.payment_collection.id as string, headers }
    }

    /** An Indian cart with a Razorpay session, as the storefront's payment step makes it. */
    async function razorpayCheckout() {
      const { cart, collectionId, headers } = await cartIn("India")
      const { data } = await api.post(
        `/store/payment-collections/${collectionId}/payment-sessions`,
        { provider_id: PROVIDER },
        headers
      )
      const session = data.payment_collection.payment_sessions[0]
      return { cart, session, orderId: session.data.razorpay_order_id as string, headers }
    }

    const submit = (cartId: string, body: Record<string, string>, headers: Headers) =>
      api.post(`/store/carts/${cartId}/razorpay-payment`, body, headers)

    async function orderOfCart(cartId: string) {
      const { data } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((d: any) => d.order_id)
    }

    async function paymentsOfSession(sessionId: string) {
      const { data } = await query().graph({
        entity: "payment",
        fields: ["id", "amount", "captured_at", "data", "captures.id", "captures.amount", "refunds.id"],
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

    function signedHook(body: string, signature = hmac(WEBHOOK_SECRET, body), eventId = `evt_${randomBytes(6).toString("hex")}`) {
      return api.post(HOOK, body, {
        headers: {
          "content-type": "application/json",
          "x-razorpay-signature": signature,
          "x-razorpay-event-id": eventId,
        },
      })
    }
    /** The HTTP status the webhook route answers (a refusal is not thrown). */
    const hookStatus = (...args: Parameters<typeof signedHook>) =>
      signedHook(...args).then(
        (r: any) => r.status as number,
        (e: any) => (e.response?.status ?? 0) as number
      )
    const paymentLog = () => getContainer().resolve(PAYMENT_LOG_MODULE) as any
    const emails = async (to: string, template: string) =>
      (await api.get(`/admin/notification-logs?to=${encodeURIComponent(to)}&template=${template}`, admin)).data

    const paymentEvent = (event: string, paymentId: string, createdAt = Date.now()) =>
      JSON.stringify({
        entity: "event",
        account_id: "acc_stub",
        event,
        contains: ["payment"],
        payload: { payment: { entity: razorpay.payments.get(paymentId) } },
        created_at: Math.floor(createdAt / 1000),
      })

    const orderPaidEvent = (orderId: string, paymentId: string) =>
      JSON.stringify({
        entity: "event",
        account_id: "acc_stub",
        event: "order.paid",
        contains: ["payment", "order"],
        payload: {
          payment: { entity: razorpay.payments.get(paymentId) },
          order: { entity: razorpay.orders.get(orderId) },
        },
        created_at: Math.floor(Date.now() / 1000),
      })

    describe("checkout with Razorpay", () => {
      it("creates an INR order in paise, checks Checkout's signature, captures at completion", async () => {
        const { cart, session, orderId, headers } = await razorpayCheckout()
        const paise = Math.round(Number(cart.total) * 100)
        expect(session.data).toMatchObject({ key_id: CREDS.keyId, amount: paise, currency: "INR", session_id: session.id })
        expect(razorpay.orders.get(orderId)).toMatchObject({ amount: paise, currency: "INR", notes: { session_id: session.id } })

        const payment = razorpay.pay(orderId)
        const { data: submitted } = await submit(cart.id, {
          razorpay_payment_id: payment.id,
          razorpay_order_id: orderId,
          razorpay_signature: checkoutSignature(orderId, payment.id),
        }, headers)
        expect(submitted.payment_session.data.razorpay_payment_id).toBe(payment.id)

        const { data: done } = await api.post(`/store/carts/${cart.id}/complete`, {}, headers)
        expect(done.type).toBe("order")
        expect(razorpay.payments.get(payment.id)!.status).toBe("captured")
        const [recorded] = await paymentsOfSession(session.id)
        expect(recorded.captured_at).toBeTruthy()
        expect(recorded.captures).toHaveLength(1)
        expect(recorded.data.razorpay_payment_id).toBe(payment.id)
        // every call used Basic auth with the key pair (the stub refuses anything else)
        expect(razorpay.stub.requests.length).toBeGreaterThan(2)
        const basic = `Basic ${Buffer.from(`${CREDS.keyId}:${CREDS.keySecret}`).toString("base64")}`
        expect(razorpay.stub.requests.every((r) => r.headers.authorization === basic)).toBe(true)
      })

      it("refuses a non-INR cart with a clear message", async () => {
        const { collectionId, headers } = await cartIn("Europe")
        const failed = await errorOf(
          api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: PROVIDER }, headers)
        )
        expect(failed.status).toBe(400)
        expect(failed.message).toContain("INR only")
      })

      it("refuses a wrong HMAC and a signature made for another order; nothing is captured", async () => {
        const a = await razorpayCheckout()
        const b = await razorpayCheckout()
        const paidForB = razorpay.pay(b.orderId)
        const validForB = checkoutSignature(b.orderId, paidForB.id)

        // B's genuine Checkout result sent for cart A: the order id is not A's stored one
        const otherOrder = await errorOf(
          submit(a.cart.id, { razorpay_payment_id: paidForB.id, razorpay_order_id: b.orderId, razorpay_signature: validForB }, a.headers)
        )
        expect(otherOrder.status).toBe(400)
        // claiming A's order id with B's signature: checked against A's stored order, it does not match
        const wrongOrderSig = await errorOf(
          submit(a.cart.id, { razorpay_payment_id: paidForB.id, razorpay_order_id: a.orderId, razorpay_signature: validForB }, a.headers)
        )
        expect(wrongOrderSig.status).toBe(400)
        const forged = await errorOf(
          submit(a.cart.id, {
            razorpay_payment_id: paidForB.id,
            razorpay_order_id: a.orderId,
            razorpay_signature: hmac("not-the-key-secret", `${a.orderId}|${paidForB.id}`),
          }, a.headers)
        )
        expect(forged.status).toBe(400)
        expect((await errorOf(submit(a.cart.id, { razorpay_payment_id: "x", razorpay_order_id: a.orderId, razorpay_signature: "nope" }, a.headers))).status).toBe(400)
        expect((await errorOf(submit("cart_does_not_exist", { razorpay_payment_id: paidForB.id, razorpay_order_id: a.orderId, razorpay_signature: validForB }, a.headers))).status).toBe(404)

        // completing A finds no payment of A's own order: no order, B's payment untouched
        expect((await errorOf(api.post(`/store/carts/${a.cart.id}/complete`, {}, a.headers))).status).toBeGreaterThanOrEqual(400)
        expect(await orderOfCart(a.cart.id)).toHaveLength(0)
        expect(razorpay.payments.get(paidForB.id)!.status).toBe("authorized")
        expect(razorpay.calls("POST", `/v1/payments/${paidForB.id}/capture`)).toHaveLength(0)
      })

      it("answers a failed payment with no order", async () => {
        const { cart, session, orderId, headers } = await razorpayCheckout()
        const failedPayment = razorpay.pay(orderId, { fail: true })
        await submit(cart.id, {
          razorpay_payment_id: failedPayment.id,
          razorpay_order_id: orderId,
          razorpay_signature: checkoutSignature(orderId, failedPayment.id),
        }, headers)
        expect((await errorOf(api.post(`/store/carts/${cart.id}/complete`, {}, headers))).status).toBeGreaterThanOrEqual(400)
        expect(await orderOfCart(cart.id)).toHaveLength(0)
        expect(await paymentsOfSession(session.id)).toHaveLength(0)
        const { data } = await query().graph({ entity: "payment_session", fields: ["status"], filters: { id: session.id } })
        expect(data[0].status).toBe("error")

        // Razorpay's payment.failed (delivered 3×, the same event id): recorded once, emailed once
        const failedEvent = paymentEvent("payment.failed", failedPayment.id)
        for (let i = 0; i < 3; i++) {
          expect(await hookStatus(failedEvent, undefined, `evt_failed_${failedPayment.id}`)).toBe(200)
        }
        await waitFor(() => paymentLog().listPaymentFailures({ payment_session_id: session.id }), (f: any[]) => f.length > 0)
        const mail = await waitFor(() => emails(cart.email, "payment_failed"), (d: any) => d.count > 0)
        await sleep(1500)
        const recorded = await paymentLog().listPaymentFailures({ payment_session_id: session.id })
        expect(recorded).toHaveLength(1)
        expect(recorded[0]).toMatchObject({
          event_key: `evt_failed_${failedPayment.id}`,
          action: "failed",
          provider_id: PROVIDER,
          cart_id: cart.id,
          email: cart.email,
          code: "BAD_REQUEST_ERROR",
          reason: "Payment declined by the bank",
        })
        expect((await emails(cart.email, "payment_failed")).count).toBe(1)
        expect(mail.notification_logs[0].body_text).toContain("Razorpay")
        expect(mail.notification_logs[0].body_text).toContain("Payment declined by the bank")
        // the "Try again" link opens the checkout of the cart's country
        expect(mail.notification_logs[0].body_text).toMatch(/\/in\/checkout\/failed/)
      })

      it("refunds through the admin (partial, then the rest) at Razorpay", async () => {
        const { cart, session, orderId, headers } = await razorpayCheckout()
        const payment = razorpay.pay(orderId)
        await submit(cart.id, {
          razorpay_payment_id: payment.id,
          razorpay_order_id: orderId,
          razorpay_signature: checkoutSignature(orderId, payment.id),
        }, headers)
        await api.post(`/store/carts/${cart.id}/complete`, {}, headers)
        const [recorded] = await paymentsOfSession(session.id)

        await api.post(`/admin/payments/${recorded.id}/refund`, { amount: 100 }, admin)
        const rest = Number(cart.total) - 100
        await api.post(`/admin/payments/${recorded.id}/refund`, { amount: rest }, admin)
        expect(razorpay.refunds.filter((r) => r.payment_id === payment.id).map((r) => r.amount)).toEqual([
          10000,
          Math.round(rest * 100),
        ])
        expect(razorpay.payments.get(payment.id)!.status).toBe("refunded")
        const [after] = await paymentsOfSession(session.id)
        expect(after.refunds).toHaveLength(2)
      })
    })

    describe("Razorpay webhooks", () => {
      it("completes a paid cart from payment.authorized; replays and shuffled events change nothing", async () => {
        const { cart, session, orderId, headers } = await razorpayCheckout()
        // the shopper paid, but the browser never came back: only Razorpay's webhooks arrive
        const payment = razorpay.pay(orderId)
        expect((await signedHook(paymentEvent("payment.authorized", payment.id))).status).toBe(200)

        expect(await waitFor(() => orderOfCart(cart.id), (o) => o.length === 1)).toHaveLength(1)
        const [recorded] = await waitFor(() => paymentsOfSession(session.id), (p) => !!p[0]?.captured_at)
        expect(recorded.captures).toHaveLength(1)
        expect(razorpay.payments.get(payment.id)!.status).toBe("captured")

        const captured = paymentEvent("payment.captured", payment.id)
        const paid = orderPaidEvent(orderId, payment.id)
        const authorized = paymentEvent("payment.authorized", payment.id)
        for (let i = 0; i < 3; i++) {
          await signedHook(captured)
        }
        await signedHook(paid)
        await signedHook(authorized)
        await signedHook(paid)
        await errorOf(api.post(`/store/carts/${cart.id}/complete`, {}, headers))
        await sleep(9000)

        expect(await orderOfCart(cart.id)).toHaveLength(1)
        const [again] = await paymentsOfSession(session.id)
        expect(again.captures).toHaveLength(1)
        expect(razorpay.calls("POST", `/v1/payments/${payment.id}/capture`)).toHaveLength(1)
      })

      it("refuses a forged signature and a tampered body; the genuine event still completes the cart", async () => {
        const { cart, orderId } = await razorpayCheckout()
        const payment = razorpay.pay(orderId)
        const genuine = paymentEvent("payment.authorized", payment.id)
        // refused before Medusa queues them: 400 to the sender
        expect(await hookStatus(genuine, hmac("not-the-webhook-secret", genuine))).toBe(400)
        expect(await hookStatus(genuine.replace(`"amount":${payment.amount}`, '"amount":100'), hmac(WEBHOOK_SECRET, genuine))).toBe(400)
        expect(await hookStatus(genuine, "")).toBe(400)
        // correctly signed but created three days ago (beyond Razorpay's 24 h of retries): a replay
        const stale = paymentEvent("payment.authorized", payment.id, Date.now() - 3 * 24 * 60 * 60 * 1000)
        expect(await hookStatus(stale)).toBe(400)
        await sleep(9000)
        expect(await orderOfCart(cart.id)).toHaveLength(0)
        expect(razorpay.calls("POST", `/v1/payments/${payment.id}/capture`)).toHaveLength(0)
        // nothing refused even reached Razorpay's API (the session lookup happens after the signature)
        expect(razorpay.calls("GET", `/v1/orders/${orderId}`).filter((r) => !r.path.endsWith("/payments"))).toHaveLength(0)

        expect(await hookStatus(genuine)).toBe(200)
        expect(await waitFor(() => orderOfCart(cart.id), (o) => o.length === 1)).toHaveLength(1)
      })
    })
  },
})
