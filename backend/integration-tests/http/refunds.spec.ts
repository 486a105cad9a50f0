import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  adminHeaders,
  errorOf,
  findVariant,
  payAndComplete,
  registerCustomer,
  seedStore,
  statusOf,
  type StoreContext,
  US_ADDRESS,
} from "../helpers"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })
    afterEach(() => {
      jest.restoreAllMocks()
    })

    async function until<T>(what: string, read: () => Promise<T | null | undefined | false>, tries = 100): Promise<T> {
      for (let i = 0; i < tries; i++) {
        const value = await read()
        if (value) {
          return value
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`timed out waiting for ${what}`)
    }

    /** A shopper buys a monthly plan with the offline provider; the admin captures the payment. */
    async function buyPlan({ capture = true } = {}) {
      const shopper = await registerCustomer(api, ctx)
      const { line } = await findVariant(api, ctx, "cloud-vps", "Standard", "Monthly")
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: ctx.regions["North America"].id,
          email: shopper.email,
          billing_address: US_ADDRESS,
          shipping_address: US_ADDRESS,
          items: [line],
        },
        shopper.headers
      )
      const { data: done } = await payAndComplete(api, data.cart.id, shopper.headers)
      const order = done.order
      const { data: full } = await api.get(`/admin/orders/${order.id}?fields=*payment_collections.payments`, admin)
      const payment = full.order.payment_collections[0].payments[0]
      if (capture) {
        await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
      }
      // captured: the subscription is active (pay later without capture leaves it pending_payment)
      const sub = await until("the subscription", async () => {
        const found = (await api.get("/store/subscriptions", shopper.headers)).data.subscriptions[0]
        return found && (!capture || found.status === "active") ? found : null
      })
      return { shopper, order, payment, sub }
    }

    const refunds = async (orderId: string) => (await api.get(`/admin/orders/${orderId}/refunds`, admin)).data
    const mySubscription = async (shopper: { headers: any }, id: string) =>
      (await api.get(`/store/subscriptions/${id}`, shopper.headers)).data.subscription
    const history = async (shopper: { headers: any }, id: string) =>
      (await api.get(`/store/subscriptions/${id}/history`, shopper.headers)).data.events.map((e: any) => e.type)
    const mails = async (email: string, template: string) =>
      (await api.get(`/admin/notification-logs?to=${encodeURIComponent(email)}&template=${template}`, admin)).data.notification_logs
    const actions = async (resourceId: string) =>
      (await api.get(`/admin/action-logs?resource_id=${resourceId}`, admin)).data.action_logs

    describe("GET /admin/orders/:id/refunds", () => {
      it("shows what is left to refund and the subscriptions the order bought", async () => {
        const { order, payment, sub } = await buyPlan()
        const data = await refunds(order.id)
        expect(data.refunds).toEqual([])
        expect(data.count).toBe(0)
        expect(data.refundable_amount).toBe(Number(order.total))
        expect(data.payments).toEqual([
          expect.objectContaining({ id: payment.id, provider_id: "pp_system_default", refundable_amount: Number(order.total), refunded_amount: 0 }),
        ])
        expect(data.subscriptions).toEqual([expect.objectContaining({ id: sub.id, number: sub.number, status: "active" })])
      })

      it("answers 404 for an unknown order and 401 without an admin", async () => {
        expect(await statusOf(api.get("/admin/orders/order_01JZZZZZZZZZZZZZZZZZZZZZZZ/refunds", admin))).toBe(404)
        expect(await statusOf(api.get("/admin/orders/order_01JZZZZZZZZZZZZZZZZZZZZZZZ/refunds"))).toBe(401)
      })
    })

    describe("POST /admin/orders/:id/refunds", () => {
      it("refunds part of the payment and keeps the subscription; the refund email goes out", async () => {
        const { shopper, order, payment, sub } = await buyPlan()
        const { data } = await api.post(
          `/admin/orders/${order.id}/refunds`,
          { amount: 5, note: "Goodwill for the outage", subscription_action: "none" },
          admin
        )
        expect(data.refund).toMatchObject({ payment_id: payment.id, amount: 5, note: "Goodwill for the outage" })
        expect(data.changed_subscription_ids).toEqual([])
        expect(data.refundable_amount).toBeCloseTo(Number(order.total) - 5, 2)
        expect(data.refunds).toHaveLength(1)

        // Medusa recorded the refund on the payment
        const { data: paid } = await api.get(`/admin/payments/${payment.id}?fields=*refunds`, admin)
        expect(paid.payment.refunds.map((r: any) => Number(r.amount))).toEqual([5])

        expect((await mySubscription(shopper, sub.id)).status).toBe("active")
        expect(await history(shopper, sub.id)).toEqual(["created", "payment_pending", "activated"])

        const [mail] = await until("the refund email", async () => {
          const logs = await mails(shopper.email, "refund")
          return logs.length && logs.every((l: any) => l.status === "delivered") ? logs : null
        })
        expect(mail.subject).toBe(`Refund of $5.00 for order #${order.display_id}`)

        const [logged] = await actions(order.id)
        expect(logged).toMatchObject({ action: "order.refunded", actor_type: "user", customer_id: sub.customer_id, reason: "Goodwill for the outage" })
        expect(logged.data).toMatchObject({ payment_id: payment.id, amount: 5, subscription_action: "none" })
      })

      it("refunds in full and cancels the subscription at once; the customer sees it cancelled", async () => {
        const { shopper, order, sub } = await buyPlan()
        const { refundable_amount } = await refunds(order.id)
        const { data } = await api.post(
          `/admin/orders/${order.id}/refunds`,
          { amount: refundable_amount, subscription_action: "cancel", reason: "Customer asked for a full refund" },
          admin
        )
        expect(data.changed_subscription_ids).toEqual([sub.id])
        expect(data.refundable_amount).toBe(0)

        const mine = await mySubscription(shopper, sub.id)
        expect(mine).toMatchObject({ status: "cancelled", auto_renew: false })
        expect(mine.cancelled_at).toBeTruthy()
        const listed = (await api.get("/store/subscriptions", shopper.headers)).data.subscriptions
        expect(listed.map((s: any) => [s.id, s.status])).toEqual([[sub.id, "cancelled"]])
        expect(await history(shopper, sub.id)).toEqual(["created", "payment_pending", "activated", "cancelled"])

        // the admin is the actor of both entries
        const [cancelled] = await actions(sub.id)
        expect(cancelled).toMatchObject({ action: "subscription.cancelled", actor_type: "user", reason: "Customer asked for a full refund" })
        expect((await actions(order.id)).map((a: any) => a.action)).toEqual(["order.refunded"])

        const refundMails = await until("the refund email", async () => {
          const logs = await mails(shopper.email, "refund")
          return logs.length ? logs : null
        })
        expect(refundMails).toHaveLength(1)

        // nothing is left to refund
        const again = await errorOf(api.post(`/admin/orders/${order.id}/refunds`, { amount: 1, subscription_action: "none" }, admin))
        expect(again.status).toBe(400)
        expect(again.message).toMatch(/Nothing to refund/)
      })

      it("suspends the subscription with the reason; the customer sees it suspended and is emailed", async () => {
        const { shopper, order, sub } = await buyPlan()
        await api.post(
          `/admin/orders/${order.id}/refunds`,
          { amount: "2.50", subscription_action: "suspend", reason: "Chargeback under review" },
          admin
        )
        const mine = await mySubscription(shopper, sub.id)
        expect(mine).toMatchObject({ status: "suspended", suspension_reason: "Chargeback under review" })
        expect(await history(shopper, sub.id)).toEqual(["created", "payment_pending", "activated", "suspended"])
        const [suspended] = await until("the suspension email", async () => {
          const logs = await mails(shopper.email, "subscription_suspended")
          return logs.length ? logs : null
        })
        expect(suspended.body_text).toContain("Chargeback under review")
        expect((await refunds(order.id)).refunds.map((r: any) => r.amount)).toEqual([2.5])

        // a second refund asking to suspend again leaves the suspended subscription as it is
        const { data } = await api.post(`/admin/orders/${order.id}/refunds`, { amount: 1, subscription_action: "suspend" }, admin)
        expect(data.changed_subscription_ids).toEqual([])
        expect(data.skipped_subscription_ids).toEqual([sub.id])
        expect(data.refunds.map((r: any) => r.amount)).toEqual([1, 2.5])
      })

      it("refuses bad input with 400, an unknown order with 404 and a visitor with 401, changing nothing", async () => {
        const { shopper, order, sub } = await buyPlan()
        const other = await buyPlan()
        const post = (body: unknown, id = order.id, headers: unknown = admin) =>
          errorOf(api.post(`/admin/orders/${id}/refunds`, body, headers as any))
        const { refundable_amount } = await refunds(order.id)

        for (const body of [
          {},
          { amount: 0 },
          { amount: -5 },
          { amount: "ten" },
          { amount: 5, subscription_action: "delete" },
          { amount: 5, surprise: true },
          { amount: 5, subscription_action: "suspend", reason: "x" },
        ]) {
          expect([body, (await post(body)).status]).toEqual([body, 400])
        }
        const above = await post({ amount: refundable_amount + 1, subscription_action: "cancel" })
        expect(above.status).toBe(400)
        expect(above.message).toMatch(/more than the .* left to refund/)
        expect((await post({ amount: 1, payment_id: other.payment.id })).status).toBe(400)
        expect((await post({ amount: 1 }, "order_01JZZZZZZZZZZZZZZZZZZZZZZZ")).status).toBe(404)
        expect((await post({ amount: 1 }, order.id, {})).status).toBe(401)

        // an order whose payment was never captured has nothing to refund
        const uncaptured = await buyPlan({ capture: false })
        const nothing = await post({ amount: 1, subscription_action: "cancel" }, uncaptured.order.id)
        expect(nothing.status).toBe(400)
        expect((await mySubscription(uncaptured.shopper, uncaptured.sub.id)).status).toBe("pending_payment")

        expect((await refunds(order.id)).refunds).toEqual([])
        expect((await mySubscription(shopper, sub.id)).status).toBe("active")
        expect(await history(shopper, sub.id)).toEqual(["created", "payment_pending", "activated"])
        expect(await actions(order.id)).toEqual([])
      })

      it("leaves the subscription untouched when the gateway refuses the refund", async () => {
        const { shopper, order, sub } = await buyPlan()
        const payments = getContainer().resolve(Modules.PAYMENT)
        jest
          .spyOn(payments, "refundPayment")
          .mockRejectedValueOnce(new MedusaError(MedusaError.Types.NOT_ALLOWED, "The gateway declined the refund"))
        const failed = await errorOf(
          api.post(`/admin/orders/${order.id}/refunds`, { amount: 3, subscription_action: "suspend", reason: "Refund and suspend" }, admin)
        )
        expect(failed.status).toBe(400)
        expect(failed.message).toMatch(/declined the refund/)

        expect(await mySubscription(shopper, sub.id)).toMatchObject({ status: "active", suspension_reason: null })
        expect(await history(shopper, sub.id)).toEqual(["created", "payment_pending", "activated"])
        expect((await refunds(order.id)).refunds).toEqual([])
        expect(await actions(sub.id)).toEqual([])
        expect(await actions(order.id)).toEqual([])
        await new Promise((r) => setTimeout(r, 500))
        expect(await mails(shopper.email, "subscription_suspended")).toEqual([])

        // the same refund goes through once the gateway takes it
        const { data } = await api.post(
          `/admin/orders/${order.id}/refunds`,
          { amount: 3, subscription_action: "suspend", reason: "Refund and suspend" },
          admin
        )
        expect(data.changed_subscription_ids).toEqual([sub.id])
        expect((await mySubscription(shopper, sub.id)).status).toBe("suspended")
      })
    })
  },
})
