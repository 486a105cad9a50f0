import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { acceptTerms, adminHeaders, findVariant, registerCustomer, seedStore, US_ADDRESS, type StoreContext } from "../helpers"
import { pickPort } from "../stubs"
import { StripeStub, type StripeEvent } from "../stripe-stub"
import { autoRenewDue } from "../../src/workflows/subscription"
import { PAYMENT_LOG_MODULE } from "../../src/modules/payment-log"

jest.setTimeout(240 * 1000)

const PORT = pickPort()
const KEYS = { apiKey: "sk_test_cloudservices_stub", webhookSecret: "whsec_cloudservices_stub" }
Object.assign(process.env, {
  STRIPE_API_KEY: KEYS.apiKey,
  STRIPE_WEBHOOK_SECRET: KEYS.webhookSecret,
  STRIPE_API_HOST: "127.0.0.1",
  STRIPE_API_PORT: String(PORT),
  STRIPE_API_PROTOCOL: "http",
})
// Medusa answers /hooks/payment/* at once and processes the event 5 s later
const WEBHOOK_DELAY_MS = 5000

const PROVIDER = "pp_stripe_stripe"
const HOOK = "/hooks/payment/stripe_stripe"
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let stripe: StripeStub
    let admin: { headers: Record<string, string> }
    let n = 0

    beforeAll(async () => {
      stripe = await new StripeStub(PORT, KEYS.apiKey, KEYS.webhookSecret).start()
      // the seed puts every region on the gateways whose keys are set (here: Stripe only)
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    afterAll(async () => {
      await stripe.stop()
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const paymentLog = () => getContainer().resolve(PAYMENT_LOG_MODULE) as any

    /** A signed-in shopper's cart with a plan and a Stripe session (plans are sold to verified accounts only). */
    async function stripeCheckout(opts: { shopper?: { email: string; headers: { headers: Record<string, string> } }; data?: Record<string, unknown> } = {}) {
      const shopper = opts.shopper ?? (await registerCustomer(api, ctx, `stripe-${Date.now()}-${++n}@example.com`))
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
        { provider_id: PROVIDER, data: opts.data },
        headers
      )
      const session = withSession.payment_collection.payment_sessions[0]
      return { cart: data.cart, session, intentId: session.data.id as string, headers }
    }

    async function ordersOfCart(cartId: string) {
      const { data } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((d: any) => d.order_id as string)
    }

    async function paymentsOfSession(sessionId: string) {
      const { data } = await query().graph({
        entity: "payment",
        fields: ["id", "amount", "captured_at", "data", "captures.id", "captures.amount", "refunds.id", "refunds.amount"],
        filters: { payment_session_id: sessionId },
      })
      return data as any[]
    }

    async function waitFor<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 20000) {
      const until = Date.now() + ms
      let value = await probe()
      while (!ok(value) && Date.now() < until) {
        await sleep(200)
        value = await probe()
      }
      return value
    }

    /** Posts a webhook as Stripe does; answers the HTTP status. */
    async function deliver(delivery: { body: string; headers: Record<string, string> }) {
      try {
        const res = await api.post(HOOK, delivery.body, { headers: delivery.headers })
        return res.status as number
      } catch (e: any) {
        return (e.response?.status ?? 0) as number
      }
    }
    const deliverEvent = (event: StripeEvent, opts?: { timestamp?: number; secret?: string }) => deliver(stripe.signed(event, opts))

    async function complete(cartId: string, headers: { headers: Record<string, string> }) {
      try {
        const { data, status } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        return { status, type: data.type as string, order: data.order, error: data.error }
      } catch (e: any) {
        return { status: e.response?.status ?? 0, type: "error", order: undefined, error: e.response?.data }
      }
    }

    const emails = async (email: string, template: string) =>
      (await api.get(`/admin/notification-logs?to=${encodeURIComponent(email)}&template=${template}`, admin)).data

    it("offers each region only its configured gateways (Stripe here), without the offline provider", async () => {
      for (const region of ["North America", "Europe", "United Kingdom", "India"]) {
        const { data } = await api.get(`/store/payment-providers?region_id=${ctx.regions[region].id}`, ctx.storeHeaders)
        expect(data.payment_providers.map((p: any) => p.id)).toEqual([PROVIDER])
      }
    })

    describe("checkout", () => {
      it("pays with a card saved for auto-renew: customer + off-session intent, order with one capture, renewal charged off-session", async () => {
        const shopper = await registerCustomer(api, ctx)
        // a shopper may ask to save the card; capture/confirm settings they send are ignored
        const { cart, session, intentId, headers } = await stripeCheckout({
          shopper,
          data: { setup_future_usage: "off_session", capture_method: "manual", confirm: true, payment_method: "pm_card_visa" },
        })
        expect(session.data.client_secret).toBeTruthy()
        const created = stripe.intents.get(intentId)!
        expect(created.setup_future_usage).toBe("off_session")
        expect(created.customer).toMatch(/^cus_/)
        expect(created.capture_method).toBe("automatic")
        expect(created.status).toBe("requires_payment_method")
        expect(created.metadata.session_id).toBe(session.id)
        expect(created.amount).toBe(Math.round(Number(cart.total) * 100))

        // Stripe.js confirms in the browser with the Payment Element's card
        expect(stripe.confirm(intentId, "pm_card_visa").status).toBe(200)
        const done = await complete(cart.id, headers)
        expect(done.type).toBe("order")
        const [payment] = await paymentsOfSession(session.id)
        expect(payment.captured_at).toBeTruthy()
        expect(payment.captures).toHaveLength(1)
        expect(Number(payment.captures[0].amount)).toBeCloseTo(Number(cart.total), 2)
        expect(stripe.charges.get(intentId)).toBe(1)
        expect(stripe.calls("POST", `/v1/payment_intents/${intentId}/capture`)).toHaveLength(0)

        // the subscription remembers the saved card and renews itself with it, off-session
        const subs = await waitFor(
          async () => (await api.get("/store/subscriptions", shopper.headers)).data.subscriptions as any[],
          (s) => s.length > 0
        )
        // captured at checkout: active at once, no "Mark as paid" needed
        const active = await waitFor(
          async () => (await api.get(`/store/subscriptions/${subs[0].id}`, shopper.headers)).data.subscription,
          (s: any) => s.status === "active"
        )
        expect(active).toMatchObject({ status: "active", has_saved_card: true, unpaid_order: null })
        const { data: rows } = await query().graph({ entity: "subscription", fields: ["id", "payment_method_ref", "auto_renew", "expires_at"], filters: { id: subs[0].id } })
        expect(rows[0].payment_method_ref).toBe(`${PROVIDER}:pm_card_visa`)
        expect(rows[0].auto_renew).toBe(true)
        const before = stripe.intents.size
        const asOf = new Date(new Date(rows[0].expires_at).getTime() + 60_000)
        await autoRenewDue(getContainer(), asOf)
        const renewal = [...stripe.intents.values()].slice(before).find((pi) => pi.off_session)
        expect(renewal).toBeDefined()
        expect(renewal!.customer).toBe(created.customer)
        expect(renewal!.payment_method).toBe("pm_card_visa")
        expect(renewal!.status).toBe("succeeded")
        expect(renewal!.metadata.subscription_id).toBe(subs[0].id)
        const { data: after } = await query().graph({ entity: "subscription", fields: ["id", "expires_at"], filters: { id: subs[0].id } })
        expect(new Date(after[0].expires_at).getTime()).toBeGreaterThan(new Date(rows[0].expires_at).getTime())
      })

      it("a declined card: no order, a clear error, the failure recorded once and emailed once however often Stripe sends it", async () => {
        const { cart, session, intentId, headers } = await stripeCheckout()
        const declined = stripe.confirm(intentId, "pm_card_chargeDeclined")
        expect(declined.status).toBe(402)
        const done = await complete(cart.id, headers)
        expect(done.type).not.toBe("order")
        expect(JSON.stringify(done.error)).toMatch(/not authorized|declined|authoriz/i)
        expect(await ordersOfCart(cart.id)).toHaveLength(0)
        expect(await paymentsOfSession(session.id)).toHaveLength(0)

        const [failedEvent] = stripe.eventsFor(intentId, "payment_intent.payment_failed")
        for (let i = 0; i < 3; i++) {
          expect(await deliverEvent(failedEvent)).toBe(200)
        }
        const failures = await waitFor(
          () => paymentLog().listPaymentFailures({ payment_session_id: session.id }),
          (f: any[]) => f.length > 0
        )
        await sleep(1500)
        const recorded = await paymentLog().listPaymentFailures({ payment_session_id: session.id })
        expect(recorded).toHaveLength(1)
        expect(recorded[0]).toMatchObject({ action: "failed", provider_id: PROVIDER, cart_id: cart.id, email: cart.email, code: "generic_decline", reason: "Your card was declined." })
        expect(failures[0].event_key).toBe(failedEvent.id)
        const mail = await waitFor(() => emails(cart.email, "payment_failed"), (d: any) => d.count > 0)
        expect(mail.count).toBe(1)
        expect(mail.notification_logs[0].subject).toContain("did not go through")
        // "Try again" opens the checkout under the cart's country (the storefront's pages live under /{country}/…)
        expect(mail.notification_logs[0].body_text).toContain("/us/checkout/failed")
      })

      it("refunds through the admin reach Stripe (partial, then the rest; more is refused)", async () => {
        const { cart, session, intentId, headers } = await stripeCheckout()
        stripe.confirm(intentId)
        expect((await complete(cart.id, headers)).type).toBe("order")
        const [payment] = await paymentsOfSession(session.id)
        await api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, admin)
        const rest = Number((Number(cart.total) - 5).toFixed(2))
        await api.post(`/admin/payments/${payment.id}/refund`, { amount: rest }, admin)
        expect(stripe.refunds.filter((r) => r.payment_intent === intentId).map((r) => r.amount)).toEqual([500, Math.round(rest * 100)])
        const [after] = await paymentsOfSession(session.id)
        expect(after.refunds).toHaveLength(2)
        let status = 200
        await api.post(`/admin/payments/${payment.id}/refund`, { amount: 1 }, admin).catch((e: any) => (status = e.response?.status))
        expect(status).toBe(400)
        expect(stripe.refunds.filter((r) => r.payment_intent === intentId)).toHaveLength(2)
      })
    })

    describe("webhooks", () => {
      it("payment_intent.succeeded replayed 3× places one order with one capture; a later /complete returns it", async () => {
        const { cart, session, intentId, headers } = await stripeCheckout()
        stripe.confirm(intentId)
        const [succeeded] = stripe.eventsFor(intentId, "payment_intent.succeeded")
        for (let i = 0; i < 3; i++) {
          expect(await deliverEvent(succeeded)).toBe(200)
        }
        const orders = await waitFor(() => ordersOfCart(cart.id), (o) => o.length > 0)
        await sleep(3000)
        expect(await ordersOfCart(cart.id)).toEqual(orders)
        expect(orders).toHaveLength(1)
        const payments = await paymentsOfSession(session.id)
        expect(payments).toHaveLength(1)
        expect(payments[0].captures).toHaveLength(1)
        const done = await complete(cart.id, headers)
        expect(done.order?.id).toBe(orders[0])
        expect(stripe.charges.get(intentId)).toBe(1)
      })

      it("events out of order (succeeded before created, a stale failure last) still make one order, one capture and no failure email", async () => {
        const { cart, session, intentId } = await stripeCheckout()
        expect(stripe.confirm(intentId, "pm_card_chargeDeclined").status).toBe(402)
        expect(stripe.confirm(intentId, "pm_card_visa").status).toBe(200)
        const [created] = stripe.eventsFor(intentId, "payment_intent.created")
        const [failed] = stripe.eventsFor(intentId, "payment_intent.payment_failed")
        const [succeeded] = stripe.eventsFor(intentId, "payment_intent.succeeded")
        expect(await deliverEvent(succeeded)).toBe(200)
        expect(await deliverEvent(created)).toBe(200)
        await waitFor(() => ordersOfCart(cart.id), (o) => o.length > 0)
        expect(await deliverEvent(failed)).toBe(200)
        expect(await deliverEvent(succeeded)).toBe(200)
        const recorded = await waitFor(
          () => paymentLog().listPaymentFailures({ payment_session_id: session.id }),
          (f: any[]) => f.length > 0
        )
        await sleep(1500)
        expect(await ordersOfCart(cart.id)).toHaveLength(1)
        const payments = await paymentsOfSession(session.id)
        expect(payments).toHaveLength(1)
        expect(payments[0].captures).toHaveLength(1)
        expect(payments[0].captured_at).toBeTruthy()
        // the failed attempt is on record, but the shopper who then paid gets no "failed" email
        expect(recorded).toHaveLength(1)
        expect(recorded[0].code).toBe("generic_decline")
        expect((await emails(cart.email, "payment_failed")).count).toBe(0)
      })

      it("refuses (400) a tampered body, a stale timestamp and a forged signature; nothing changes", async () => {
        const { cart, session, intentId } = await stripeCheckout()
        stripe.confirm(intentId)
        const [succeeded] = stripe.eventsFor(intentId, "payment_intent.succeeded")
        const genuine = stripe.signed(succeeded)
        const tampered = { body: genuine.body.replace(`"amount_received":${stripe.intents.get(intentId)!.amount}`, `"amount_received":1`), headers: genuine.headers }
        expect(tampered.body).not.toBe(genuine.body)
        expect(await deliver(tampered)).toBe(400)
        expect(await deliverEvent(succeeded, { timestamp: Math.floor(Date.now() / 1000) - 301 })).toBe(400)
        expect(await deliverEvent(succeeded, { secret: "whsec_forged" })).toBe(400)
        expect(await deliver({ body: genuine.body, headers: { "content-type": "application/json" } })).toBe(400)
        expect(await deliver({ body: genuine.body, headers: { ...genuine.headers, "stripe-signature": "t=1,v1=00" } })).toBe(400)
        await sleep(1500)
        expect(await ordersOfCart(cart.id)).toHaveLength(0)
        expect(await paymentsOfSession(session.id)).toHaveLength(0)
        // within the 300 s tolerance the same event is accepted
        expect(await deliverEvent(succeeded, { timestamp: Math.floor(Date.now() / 1000) - 200 })).toBe(200)
        expect(await waitFor(() => ordersOfCart(cart.id), (o) => o.length > 0)).toHaveLength(1)
      })

      it("race: 10 parallel /complete and the succeeded webhook for the same cart make exactly one order and one capture", async () => {
        const { cart, session, intentId, headers } = await stripeCheckout()
        stripe.confirm(intentId)
        const [succeeded] = stripe.eventsFor(intentId, "payment_intent.succeeded")
        // the webhook is processed WEBHOOK_DELAY_MS after delivery: the completions are fired so
        // that they run while Medusa processes it (and a replay arrives in the middle of them)
        expect(await deliverEvent(succeeded)).toBe(200)
        await sleep(WEBHOOK_DELAY_MS - 150)
        const results = await Promise.all([
          ...Array.from({ length: 10 }, () => complete(cart.id, headers)),
          deliverEvent(succeeded),
        ])
        await sleep(WEBHOOK_DELAY_MS + 2000)
        const orders = await ordersOfCart(cart.id)
        expect(orders).toHaveLength(1)
        const completions = results.slice(0, 10) as Array<Awaited<ReturnType<typeof complete>>>
        const placed = completions.filter((r) => r.type === "order")
        expect(placed.length).toBeGreaterThanOrEqual(1)
        expect(new Set(placed.map((r) => r.order.id))).toEqual(new Set(orders))
        // the others were told the cart is being completed (409), never a second order
        expect(completions.every((r) => r.type === "order" || r.status === 409)).toBe(true)
        const payments = await paymentsOfSession(session.id)
        expect(payments).toHaveLength(1)
        expect(payments[0].captures).toHaveLength(1)
        expect(stripe.charges.get(intentId)).toBe(1)
        // a retry after the dust settled returns the same order
        expect((await complete(cart.id, headers)).order?.id).toBe(orders[0])
      })
    })
  },
})
