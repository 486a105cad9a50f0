import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SUBSCRIPTION_MODULE } from "../../src/modules/subscription"
import {
  applyOrderPaymentWorkflow,
  createSubscriptionsForOrderWorkflow,
  runSubscriptionLifecycle,
} from "../../src/workflows/subscription"
import {
  adminHeaders,
  errorOf,
  eventually,
  findVariant,
  markOrderPaid,
  payAndComplete,
  registerCustomer,
  seedStore,
  statusOf,
  type StoreContext,
  US_ADDRESS,
} from "../helpers"

jest.setTimeout(300 * 1000)

const DAY = 86_400_000
const ADDRESS = US_ADDRESS

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    async function checkout(shopper: { email: string; headers: any }, cartId: string) {
      await api.post(`/store/carts/${cartId}`, { email: shopper.email, billing_address: ADDRESS, shipping_address: ADDRESS }, shopper.headers)
      const { data } = await payAndComplete(api, cartId, shopper.headers)
      return data.order
    }

    const getSub = async (shopper: { headers: any }, id: string) => (await api.get(`/store/subscriptions/${id}`, shopper.headers)).data.subscription

    /** Buys a plan with bank transfer / pay later; `paid` also records the transfer (the admin's capture). */
    async function buyPlan(term: "Monthly" | "Yearly" = "Monthly", { paid = true } = {}) {
      const shopper = await registerCustomer(api, ctx)
      const { line } = await findVariant(api, ctx, "cloud-vps", "Standard", term)
      const { data } = await api.post(
        "/store/carts",
        { region_id: ctx.regions["North America"].id, items: [line] },
        shopper.headers
      )
      const order = await checkout(shopper, data.cart.id)
      let sub = await waitForSubscription(shopper)
      if (paid) {
        await markOrderPaid(api, order.id)
        sub = await eventually(() => getSub(shopper, sub.id), (s) => s.status === "active")
      }
      return { shopper, order, sub }
    }

    async function waitForSubscription(shopper: { headers: any }) {
      const { data } = await eventually(() => api.get("/store/subscriptions", shopper.headers), (r: any) => r.data.subscriptions.length > 0)
      if (!data.subscriptions.length) {
        throw new Error("no subscription was created")
      }
      return data.subscriptions[0]
    }

    const lifecycle = (asOf: Date) => runSubscriptionLifecycle(getContainer(), asOf)
    const history = async (shopper: { headers: any }, id: string) =>
      (await api.get(`/store/subscriptions/${id}/history`, shopper.headers)).data.events.map((e: any) => e.type)
    const emails = async (email: string, template: string) =>
      (await api.get(`/admin/notification-logs?to=${encodeURIComponent(email)}&template=${template}`, admin)).data.count

    it("pay later: pending_payment until the transfer is captured, then active with the term starting then, once", async () => {
      const { shopper, order, sub } = await buyPlan("Monthly", { paid: false })
      expect(sub).toMatchObject({ status: "pending_payment", product_title: "Cloud VPS", plan: "Standard", days_left: null })
      expect(sub.unpaid_order).toMatchObject({ id: order.id, kind: "first", total: order.total })
      const dueIn = (new Date(sub.payment_due_at).getTime() - new Date(order.created_at).getTime()) / DAY
      expect(dueIn).toBeCloseTo(7, 1)
      const { data: pay } = await api.get(`/store/orders/${order.id}/payment`, shopper.headers)
      expect(pay.payment).toMatchObject({ status: "awaiting_payment", method: "pay_later", total: order.total })
      expect(pay.payment.instructions).toMatch(/transfer/i)
      expect(pay.payment.due_at).toBe(new Date(sub.payment_due_at).toISOString())
      // the admin's order page says the same
      expect((await api.get(`/admin/orders/${order.id}/payment`, admin)).data.payment).toEqual(pay.payment)
      // nothing runs before the money: no activation email, the lifecycle leaves it alone, it can't be renewed
      expect(await emails(shopper.email, "subscription_activated")).toBe(0)
      await lifecycle(new Date(Date.now() + 2 * DAY))
      expect((await getSub(shopper, sub.id)).status).toBe("pending_payment")
      expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/renew`, {}, shopper.headers))).toBe(400)

      const before = Date.now()
      await markOrderPaid(api, order.id)
      const active = await eventually(() => getSub(shopper, sub.id), (s) => s.status === "active")
      expect(active.status).toBe("active")
      expect(active.unpaid_order).toBeNull()
      expect(new Date(active.started_at).getTime()).toBeGreaterThanOrEqual(before - 1000)
      const days = (new Date(active.expires_at).getTime() - new Date(active.started_at).getTime()) / DAY
      expect(days).toBeGreaterThanOrEqual(28)
      expect(days).toBeLessThanOrEqual(31)
      expect((await api.get(`/store/orders/${order.id}/payment`, shopper.headers)).data.payment).toMatchObject({ status: "paid", due_at: null, instructions: null })

      // replayed order.placed and payment.captured change nothing
      await createSubscriptionsForOrderWorkflow(getContainer()).run({ input: { order_id: order.id, asOf: new Date() } })
      await applyOrderPaymentWorkflow(getContainer()).run({ input: { order_id: order.id, asOf: new Date(Date.now() + DAY) } })
      expect((await api.get("/store/subscriptions", shopper.headers)).data.count).toBe(1)
      expect((await getSub(shopper, sub.id)).expires_at).toBe(active.expires_at)
      expect(await history(shopper, sub.id)).toEqual(["created", "payment_pending", "activated"])
      expect(await eventually(() => emails(shopper.email, "subscription_activated"), (n) => n === 1)).toBe(1)
    })

    it("cancels a pay-later order still unpaid after its due date, with its subscription, and emails the customer once", async () => {
      const { shopper, order, sub } = await buyPlan("Monthly", { paid: false })
      await lifecycle(new Date(new Date(sub.payment_due_at).getTime() - DAY))
      expect((await getSub(shopper, sub.id)).status).toBe("pending_payment")
      const late = new Date(new Date(sub.payment_due_at).getTime() + 3600_000)
      const result = await lifecycle(late)
      expect(result.overdue).toBeGreaterThanOrEqual(1)
      expect(await lifecycle(late)).toMatchObject({ overdue: 0 })
      const cancelled = await getSub(shopper, sub.id)
      expect(cancelled).toMatchObject({ status: "cancelled", unpaid_order: null })
      const { data } = await api.get(`/admin/orders/${order.id}?fields=id,status`, admin)
      expect(data.order.status).toBe("canceled")
      expect((await api.get(`/store/orders/${order.id}/payment`, shopper.headers)).data.payment.status).toBe("cancelled")
      expect(await history(shopper, sub.id)).toEqual(["created", "payment_pending", "cancelled"])
      expect(await eventually(() => emails(shopper.email, "order_cancelled_unpaid"), (n) => n === 1)).toBe(1)
    })

    it("hands out one open renewal cart however many times Renew is clicked at once", async () => {
      const { shopper, sub } = await buyPlan()
      const answers = await Promise.all(Array.from({ length: 10 }, () => api.post(`/store/subscriptions/${sub.id}/renew`, {}, shopper.headers)))
      const ids = new Set(answers.map((a: any) => a.data.cart.id))
      expect(ids.size).toBe(1)
      expect(answers[0].data.cart.items).toHaveLength(1)
      expect(answers[0].data.cart.items[0].metadata).toMatchObject({ subscription_id: sub.id })
      // once checked out, the next click opens a new one
      await checkout(shopper, answers[0].data.cart.id)
      const { data: next } = await api.post(`/store/subscriptions/${sub.id}/renew`, {}, shopper.headers)
      expect(next.cart.id).not.toBe(answers[0].data.cart.id)
    })

    it("adds exactly three terms when three renewal orders are paid at the same moment, and nothing on replay", async () => {
      const { shopper, sub } = await buyPlan()
      const orders: any[] = []
      for (let i = 0; i < 3; i++) {
        const { data } = await api.post(`/store/subscriptions/${sub.id}/renew`, {}, shopper.headers)
        orders.push(await checkout(shopper, data.cart.id))
      }
      // placed but unpaid: not extended
      await new Promise((r) => setTimeout(r, 500))
      expect((await getSub(shopper, sub.id)).expires_at).toBe(sub.expires_at)
      await Promise.all(orders.map((o) => markOrderPaid(api, o.id)))
      const expected = new Date(sub.expires_at)
      expected.setUTCMonth(expected.getUTCMonth() + 3)
      const after = await eventually(() => getSub(shopper, sub.id), (s) => new Date(s.expires_at).getTime() >= expected.getTime() - 3 * DAY)
      const gained = (new Date(after.expires_at).getTime() - new Date(sub.expires_at).getTime()) / DAY
      expect(gained).toBeGreaterThanOrEqual(89)
      expect(gained).toBeLessThanOrEqual(92)
      // replayed payment events add nothing
      await Promise.all(orders.map((o) => applyOrderPaymentWorkflow(getContainer()).run({ input: { order_id: o.id, asOf: new Date() } })))
      expect((await getSub(shopper, sub.id)).expires_at).toBe(after.expires_at)
      const events = await history(shopper, sub.id)
      expect(events.filter((t: string) => t === "renewal_paid")).toHaveLength(3)
      expect(await eventually(() => emails(shopper.email, "subscription_renewed"), (n) => n === 3)).toBe(3)
    })

    it("lives 400 simulated days: every reminder, the suspension and each email exactly once, even with every job run twice", async () => {
      const { shopper, sub } = await buyPlan()
      const start = Date.now()
      for (let day = 0; day <= 400; day += 1) {
        const asOf = new Date(start + day * DAY)
        await lifecycle(asOf)
        await lifecycle(asOf)
      }
      expect(await history(shopper, sub.id)).toEqual([
        "created", "payment_pending", "activated", "reminder_sent_7", "reminder_sent_3", "reminder_sent_1", "suspended", "expired",
      ])
      const { data } = await api.get(`/store/subscriptions/${sub.id}`, shopper.headers)
      expect(data.subscription.status).toBe("expired")
      expect(await emails(shopper.email, "expiry_reminder")).toBe(3)
      expect(await emails(shopper.email, "subscription_suspended")).toBe(1)
      const { data: full } = await api.get(`/admin/subscriptions/${sub.id}`, admin)
      const at = (type: string) => new Date(full.subscription.events.find((e: any) => e.type === type).occurred_at).getTime()
      expect(at("expired") - at("suspended")).toBe(30 * DAY)
      const suspendedAt = new Date(data.subscription.suspended_at).getTime()
      const expiresAt = new Date(data.subscription.expires_at).getTime()
      expect(suspendedAt - expiresAt).toBeGreaterThanOrEqual(3 * DAY)
      expect(suspendedAt - expiresAt).toBeLessThan(4 * DAY)
      // the suspension is in the admin action log once, by the system
      const { data: log } = await api.get(`/admin/action-logs?resource_id=${sub.id}`, admin)
      expect(log.action_logs.map((a: any) => [a.action, a.actor_type, a.customer_id])).toEqual([
        ["subscription.suspended", "system", sub.customer_id],
      ])
    })

    it("sends the other customers' reminders when one customer is gone", async () => {
      const gone = await buyPlan()
      const kept = await buyPlan()
      await api.delete(`/admin/customers/${gone.sub.customer_id}`, admin)
      const asOf = new Date(Math.max(...[gone, kept].map((p) => new Date(p.sub.expires_at).getTime())) - 6 * DAY)
      await lifecycle(asOf)
      expect(await history(kept.shopper, kept.sub.id)).toContain("reminder_sent_7")
      expect(await emails(kept.shopper.email, "expiry_reminder")).toBe(1)
      expect(await emails(gone.shopper.email, "expiry_reminder")).toBe(0)
      await lifecycle(asOf)
      expect(await emails(kept.shopper.email, "expiry_reminder")).toBe(1)
    })

    it("catches up after a gap: the most urgent reminder, not a stale one", async () => {
      const { shopper, sub } = await buyPlan()
      const expires = new Date(sub.expires_at).getTime()
      await lifecycle(new Date(expires - 9 * DAY))
      // three days without a run: the 7-day reminder's day passed
      await lifecycle(new Date(expires - 2 * DAY))
      expect(await history(shopper, sub.id)).toEqual(["created", "payment_pending", "activated", "reminder_sent_3"])
      // the jobs were down for days past expiry + grace: suspension still happens once
      await lifecycle(new Date(expires + 10 * DAY))
      expect((await history(shopper, sub.id)).filter((t: string) => t === "suspended")).toHaveLength(1)
    })

    it("renews from the expiry date once paid, and brings a suspended subscription back", async () => {
      const { shopper, sub } = await buyPlan()
      const { data: renewal } = await api.post(`/store/subscriptions/${sub.id}/renew`, {}, shopper.headers)
      const first = await checkout(shopper, renewal.cart.id)
      await markOrderPaid(api, first.id)
      const current = await eventually(() => getSub(shopper, sub.id), (s) => s.expires_at !== sub.expires_at)
      const gained = (new Date(current.expires_at).getTime() - new Date(sub.expires_at).getTime()) / DAY
      expect(gained).toBeGreaterThanOrEqual(28)
      expect(gained).toBeLessThanOrEqual(31)

      // lapse it, then renew: suspended → active again once paid
      await lifecycle(new Date(new Date(current.expires_at).getTime() + 5 * DAY))
      expect((await getSub(shopper, sub.id)).status).toBe("suspended")
      const { data: again } = await api.post(`/store/subscriptions/${sub.id}/renew`, {}, shopper.headers)
      const second = await checkout(shopper, again.cart.id)
      await new Promise((r) => setTimeout(r, 300))
      expect((await getSub(shopper, sub.id)).status).toBe("suspended")
      await markOrderPaid(api, second.id)
      const after = await eventually(() => getSub(shopper, sub.id), (s) => s.status === "active")
      expect(after.status).toBe("active")
      const events = await eventually(() => history(shopper, sub.id), (e) => e.includes("unsuspended"))
      expect(events.filter((t: string) => t === "renewed")).toHaveLength(2)
      expect(events.slice(events.indexOf("suspended"))).toEqual(["suspended", "renewal_paid", "renewed", "unsuspended"])
      expect(await eventually(() => emails(shopper.email, "subscription_renewed"), (n) => n === 2)).toBe(2)
    })

    it("auto-renew without a saved card issues an unpaid renewal order and extends only when it is paid", async () => {
      const { shopper, sub } = await buyPlan()
      const { data } = await api.post(`/store/subscriptions/${sub.id}/auto-renew`, { enabled: true }, shopper.headers)
      expect(data.subscription).toMatchObject({ auto_renew: true, has_saved_card: false })
      const asOf = new Date(new Date(sub.expires_at).getTime() - 12 * 3600_000)
      expect(await lifecycle(asOf)).toMatchObject({ renew: 1 })
      // replayed: no second order
      expect(await lifecycle(asOf)).toMatchObject({ renew: 0 })
      const issued = await getSub(shopper, sub.id)
      expect(issued.expires_at).toBe(sub.expires_at)
      expect(issued.unpaid_order).toMatchObject({ kind: "renewal" })
      const { data: full } = await api.get(`/admin/subscriptions/${sub.id}`, admin)
      expect(full.subscription.orders).toHaveLength(1)
      expect((await api.get(`/store/orders/${issued.unpaid_order.id}/payment`, shopper.headers)).data.payment.status).toBe("awaiting_payment")
      expect(await eventually(() => emails(shopper.email, "renewal_issued"), (n) => n === 1)).toBe(1)
      // its invoice exists for the customer to pay
      expect(await statusOf(api.get(`/store/orders/${issued.unpaid_order.id}/invoice`, shopper.headers))).toBe(200)

      await markOrderPaid(api, issued.unpaid_order.id)
      const renewed = await eventually(() => getSub(shopper, sub.id), (s) => s.expires_at !== sub.expires_at)
      const gained = (new Date(renewed.expires_at).getTime() - new Date(sub.expires_at).getTime()) / DAY
      expect(gained).toBeGreaterThanOrEqual(28)
      expect(gained).toBeLessThanOrEqual(31)
      expect(renewed.unpaid_order).toBeNull()
      const { data: byOrder } = await api.get(`/admin/subscriptions?order_id=${issued.unpaid_order.id}`, admin)
      expect(byOrder.subscriptions.map((s: any) => s.id)).toEqual([sub.id])
    })

    it("auto-renew left unpaid: suspended after expiry and grace, the renewal order cancelled when overdue", async () => {
      const { shopper, sub } = await buyPlan()
      await api.post(`/store/subscriptions/${sub.id}/auto-renew`, { enabled: true }, shopper.headers)
      const expires = new Date(sub.expires_at).getTime()
      await lifecycle(new Date(expires - 12 * 3600_000))
      const issued = await getSub(shopper, sub.id)
      await lifecycle(new Date(expires + 4 * DAY))
      expect((await getSub(shopper, sub.id)).status).toBe("suspended")
      await lifecycle(new Date(new Date(issued.unpaid_order.due_at).getTime() + DAY))
      const after = await getSub(shopper, sub.id)
      expect(after).toMatchObject({ status: "suspended", unpaid_order: null })
      expect((await api.get(`/admin/orders/${issued.unpaid_order.id}?fields=id,status`, admin)).data.order.status).toBe("canceled")
    })

    it("upgrades at once for the prorated difference, keeping the expiry", async () => {
      const { shopper, sub } = await buyPlan()
      const { data: opts } = await api.get(`/store/subscriptions/${sub.id}/plan-options`, shopper.headers)
      const current = opts.options.find((o: any) => o.kind === "current")
      expect(current.variant_id).toBe(sub.variant_id)
      const bigger = opts.options.find((o: any) => o.kind === "upgrade" && o.billing_interval === "month" && o.billing_interval_count === 1 && o.amount > current.amount)
      expect(bigger).toBeTruthy()
      // a fresh month: the difference is close to the full price difference
      const diff = bigger.amount - current.amount
      expect(bigger.due_now).toBeGreaterThan(diff * 0.9)
      expect(bigger.due_now).toBeLessThanOrEqual(diff + 0.01)
      const { data } = await api.post(`/store/subscriptions/${sub.id}/change-plan`, { variant_id: bigger.variant_id }, shopper.headers)
      expect(data.kind).toBe("upgrade")
      expect(data.cart.items).toHaveLength(1)
      expect(data.cart.items[0].unit_price).toBeCloseTo(bigger.due_now, 2)
      const order = await checkout(shopper, data.cart.id)
      await new Promise((r) => setTimeout(r, 300))
      expect((await getSub(shopper, sub.id)).plan).toBe("Standard")
      await markOrderPaid(api, order.id)
      const after = await eventually(() => getSub(shopper, sub.id), (s) => s.variant_id === bigger.variant_id)
      expect(after).toMatchObject({ variant_id: bigger.variant_id, plan: bigger.plan, amount: bigger.amount, expires_at: sub.expires_at, status: "active" })
      // the upgrade order bought no second subscription
      expect((await api.get("/store/subscriptions", shopper.headers)).data.count).toBe(1)
      expect(await history(shopper, sub.id)).toEqual(expect.arrayContaining(["plan_change_offered", "plan_changed"]))
      expect(await eventually(() => emails(shopper.email, "plan_changed"), (n) => n === 1)).toBe(1)
      // a bad choice is a 400 and writes nothing
      const { data: pg } = await api.get("/store/products?handle=managed-postgresql&fields=id,*variants", ctx.storeHeaders)
      const otherProduct = pg.products[0].variants[0].id
      expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/change-plan`, { variant_id: otherProduct }, shopper.headers))).toBe(400)
      expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/change-plan`, { variant_id: bigger.variant_id }, shopper.headers))).toBe(400)
      expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/change-plan`, { variant_id: 1 }, shopper.headers))).toBe(400)
    })

    it("schedules a downgrade for the next renewal, can call it off, and applies it when the renewal is paid", async () => {
      const { shopper, sub } = await buyPlan()
      const { data: opts } = await api.get(`/store/subscriptions/${sub.id}/plan-options`, shopper.headers)
      const smaller = opts.options.find((o: any) => o.kind === "downgrade" && o.billing_interval === "month" && o.billing_interval_count === 1)
      expect(smaller.due_now).toBe(0)
      const { data } = await api.post(`/store/subscriptions/${sub.id}/change-plan`, { variant_id: smaller.variant_id }, shopper.headers)
      expect(data.kind).toBe("downgrade")
      expect(data.cart).toBeUndefined()
      expect(data.subscription.scheduled_change).toMatchObject({ variant_id: smaller.variant_id, plan: smaller.plan, effective_at: new Date(sub.expires_at).toISOString() })
      expect(data.subscription.plan).toBe("Standard")
      const { data: kept } = await api.delete(`/store/subscriptions/${sub.id}/change-plan`, shopper.headers)
      expect(kept.subscription.scheduled_change).toBeNull()
      expect(await statusOf(api.delete(`/store/subscriptions/${sub.id}/change-plan`, shopper.headers))).toBe(400)
      await api.post(`/store/subscriptions/${sub.id}/change-plan`, { variant_id: smaller.variant_id }, shopper.headers)
      // the renewal is for the smaller plan, and switches it when paid
      const { data: renewal } = await api.post(`/store/subscriptions/${sub.id}/renew`, {}, shopper.headers)
      expect(renewal.cart.items[0].variant_id).toBe(smaller.variant_id)
      const order = await checkout(shopper, renewal.cart.id)
      await markOrderPaid(api, order.id)
      const after = await eventually(() => getSub(shopper, sub.id), (s) => s.variant_id === smaller.variant_id)
      expect(after).toMatchObject({ plan: smaller.plan, scheduled_change: null })
      expect(new Date(after.expires_at).getTime()).toBeGreaterThan(new Date(sub.expires_at).getTime() + 27 * DAY)
      const events = await history(shopper, sub.id)
      expect(events).toEqual(expect.arrayContaining(["plan_change_scheduled", "plan_change_cancelled", "renewal_paid", "plan_changed"]))
      expect(await emails(shopper.email, "plan_change_scheduled")).toBeGreaterThanOrEqual(2)
      // admins: switch at once, on the action log
      const back = opts.options.find((o: any) => o.kind === "current")
      const { data: adminChange } = await api.post(`/admin/subscriptions/${sub.id}/change-plan`, { variant_id: back.variant_id, when: "now", note: "Goodwill upgrade" }, admin)
      expect(adminChange.subscription).toMatchObject({ variant_id: back.variant_id, expires_at: after.expires_at })
      const { data: log } = await api.get(`/admin/action-logs?resource_id=${sub.id}`, admin)
      expect(log.action_logs.map((a: any) => a.action)).toContain("subscription.plan_changed")
      expect(await statusOf(api.post(`/admin/subscriptions/${sub.id}/change-plan`, { variant_id: back.variant_id, when: "later" }, admin))).toBe(400)
    })

    it("lets the customer cancel at period end and turn auto-renew off", async () => {
      const { shopper, sub } = await buyPlan()
      await api.post(`/store/subscriptions/${sub.id}/auto-renew`, { enabled: true }, shopper.headers)
      const { data } = await api.post(`/store/subscriptions/${sub.id}/cancel`, {}, shopper.headers)
      expect(data.subscription).toMatchObject({ status: "active", cancel_at_period_end: true, auto_renew: false })
      expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/cancel`, {}, shopper.headers))).toBe(400)
      await lifecycle(new Date(new Date(sub.expires_at).getTime() + DAY))
      expect((await api.get(`/store/subscriptions/${sub.id}`, shopper.headers)).data.subscription.status).toBe("cancelled")
    })

    describe("POST /admin/subscriptions/:id/cancel", () => {
      it("cancels at period end: the service runs until it expires, then ends; on the action log", async () => {
        const { shopper, sub } = await buyPlan()
        const { data } = await api.post(`/admin/subscriptions/${sub.id}/cancel`, { at: "period_end", reason: "Customer asked by phone" }, admin)
        expect(data.subscription).toMatchObject({ status: "active", cancel_at_period_end: true, auto_renew: false })
        expect(data.subscription.events.at(-1)).toMatchObject({ type: "cancel_requested", actor: "admin", note: "Customer asked by phone" })
        expect(await statusOf(api.post(`/admin/subscriptions/${sub.id}/cancel`, { at: "period_end" }, admin))).toBe(400)
        await lifecycle(new Date(new Date(sub.expires_at).getTime() + DAY))
        expect((await getSub(shopper, sub.id)).status).toBe("cancelled")
        const { data: log } = await api.get(`/admin/action-logs?resource_id=${sub.id}`, admin)
        expect(log.action_logs.map((a: any) => [a.action, a.reason])).toContainEqual(["subscription.cancelled", "Customer asked by phone"])
      })

      it("cancels now: cancelled at once, and a second cancel is refused", async () => {
        const { shopper, sub } = await buyPlan()
        const { data } = await api.post(`/admin/subscriptions/${sub.id}/cancel`, { at: "now" }, admin)
        expect(data.subscription).toMatchObject({ status: "cancelled", auto_renew: false })
        expect(data.subscription.cancelled_at).toBeTruthy()
        expect((await getSub(shopper, sub.id)).status).toBe("cancelled")
        expect(await statusOf(api.post(`/admin/subscriptions/${sub.id}/cancel`, { at: "now" }, admin))).toBe(400)
      })

      it("answers bad input with 400, an unknown id with 404, and needs an admin", async () => {
        const { shopper, sub } = await buyPlan()
        expect(await statusOf(api.post(`/admin/subscriptions/${sub.id}/cancel`, {}, admin))).toBe(400)
        expect(await statusOf(api.post(`/admin/subscriptions/${sub.id}/cancel`, { at: "tomorrow" }, admin))).toBe(400)
        expect(await statusOf(api.post(`/admin/subscriptions/${sub.id}/cancel`, { at: "now", extra: 1 }, admin))).toBe(400)
        expect(await statusOf(api.post(`/admin/subscriptions/sub_nope/cancel`, { at: "now" }, admin))).toBe(404)
        expect(await statusOf(api.post(`/admin/subscriptions/${sub.id}/cancel`, { at: "now" }, shopper.headers))).toBe(401)
        expect((await getSub(shopper, sub.id)).status).toBe("active")
      })
    })

    it("gives admins suspend (with a reason), unsuspend and extend, on the timeline", async () => {
      const { shopper, sub } = await buyPlan()
      expect(await statusOf(api.post(`/admin/subscriptions/${sub.id}/suspend`, {}, admin))).toBe(400)
      const { data: s } = await api.post(`/admin/subscriptions/${sub.id}/suspend`, { reason: "Abuse report #42" }, admin)
      expect(s.subscription).toMatchObject({ status: "suspended", suspension_reason: "Abuse report #42" })
      expect(await statusOf(api.post(`/admin/subscriptions/${sub.id}/suspend`, { reason: "again" }, admin))).toBe(400)
      await api.post(`/admin/subscriptions/${sub.id}/unsuspend`, { note: "Resolved" }, admin)
      const { data: e } = await api.post(`/admin/subscriptions/${sub.id}/extend`, { days: 10, note: "Goodwill" }, admin)
      expect(new Date(e.subscription.expires_at).getTime() - new Date(sub.expires_at).getTime()).toBe(10 * DAY)
      const until = new Date(new Date(e.subscription.expires_at).getTime() + 30 * DAY).toISOString()
      const { data: u } = await api.post(`/admin/subscriptions/${sub.id}/extend`, { until }, admin)
      expect(u.subscription.expires_at).toBe(until)
      const timeline = u.subscription.events.filter((ev: any) => ev.actor === "admin").map((ev: any) => [ev.type, ev.note])
      expect(timeline).toEqual([["suspended", "Abuse report #42"], ["unsuspended", "Resolved"], ["extended", "Goodwill"], ["extended", null]])
      expect(await emails(shopper.email, "subscription_suspended")).toBe(1)
      const { data: log } = await api.get(`/admin/action-logs?customer_id=${sub.customer_id}`, admin)
      expect(log.action_logs.map((a: any) => [a.action, a.actor_type, a.reason]).reverse()).toEqual([
        ["subscription.suspended", "user", "Abuse report #42"],
        ["subscription.unsuspended", "user", "Resolved"],
        ["subscription.extended", "user", "Goodwill"],
        ["subscription.extended", "user", null],
      ])
      expect(log.action_logs.every((a: any) => a.actor_id && a.resource_id === sub.id)).toBe(true)
      expect(await statusOf(api.post(`/admin/subscriptions/${sub.id}/extend`, {}, admin))).toBe(400)
      expect(await statusOf(api.post(`/admin/subscriptions/${sub.id}/extend`, { days: 1, until }, admin))).toBe(400)
      expect(await statusOf(api.post(`/admin/subscriptions/${sub.id}/extend`, { until: "2000-01-01" }, admin))).toBe(400)
    })

    it("lists and filters for admins, with an expiring-soon view", async () => {
      const { sub } = await buyPlan()
      const { data } = await api.get(`/admin/subscriptions?status=active&product_id=${sub.product_id}`, admin)
      expect(data.subscriptions.map((s: any) => s.id)).toContain(sub.id)
      const soon = await api.get("/admin/subscriptions/expiring?days=7", admin)
      expect(soon.data.subscriptions.map((s: any) => s.id)).not.toContain(sub.id)
      const month = await api.get("/admin/subscriptions/expiring?days=40", admin)
      expect(month.data.subscriptions.map((s: any) => s.id)).toContain(sub.id)
      const within = await api.get("/admin/subscriptions?expiring_within_days=40&limit=1", admin)
      expect(within.data.subscriptions).toHaveLength(1)
      expect(await statusOf(api.get("/admin/subscriptions?status=sleeping", admin))).toBe(400)
      expect(await statusOf(api.get("/admin/subscriptions/expiring?days=0", admin))).toBe(400)
      expect(await statusOf(api.get("/admin/subscriptions"))).toBe(401)
    })

    it("never shows or changes another customer's subscription (404 on every route)", async () => {
      const { sub } = await buyPlan()
      const stranger = await registerCustomer(api, ctx)
      const h = stranger.headers
      expect(await statusOf(api.get(`/store/subscriptions/${sub.id}`, h))).toBe(404)
      expect(await statusOf(api.get(`/store/subscriptions/${sub.id}/history`, h))).toBe(404)
      expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/renew`, {}, h))).toBe(404)
      expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/auto-renew`, { enabled: true }, h))).toBe(404)
      expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/cancel`, {}, h))).toBe(404)
      expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/change-plan`, { variant_id: sub.variant_id }, h))).toBe(404)
      expect(await statusOf(api.get(`/store/subscriptions/${sub.id}/plan-options`, h))).toBe(404)
      expect((await api.get("/store/subscriptions", h)).data.subscriptions).toHaveLength(0)
      expect(await statusOf(api.get("/store/subscriptions", ctx.storeHeaders))).toBe(401)
      const untouched = await (getContainer().resolve(SUBSCRIPTION_MODULE) as any).retrieveSubscription(sub.id)
      expect(untouched).toMatchObject({ auto_renew: false, cancel_at_period_end: false })
    })

    it("answers bad input with 400", async () => {
      const { shopper, sub } = await buyPlan()
      const bad = await errorOf(api.post(`/store/subscriptions/${sub.id}/auto-renew`, { enabled: "yes" }, shopper.headers))
      expect(bad.status).toBe(400)
      expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/auto-renew`, {}, shopper.headers))).toBe(400)
      expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/renew`, { months: 3 }, shopper.headers))).toBe(400)
      expect(await statusOf(api.get("/store/subscriptions?status=paused", shopper.headers))).toBe(400)
      expect(await statusOf(api.post("/admin/subscriptions/run-lifecycle", { as_of: "tomorrow" }, admin))).toBe(400)
    })

    it("runs the lifecycle as of a date through the admin test clock", async () => {
      const { shopper, sub } = await buyPlan()
      const asOf = new Date(new Date(sub.expires_at).getTime() - 6 * DAY).toISOString()
      const { data } = await api.post("/admin/subscriptions/run-lifecycle", { as_of: asOf }, admin)
      expect(data.processed.reminder).toBeGreaterThanOrEqual(1)
      expect(await history(shopper, sub.id)).toContain("reminder_sent_7")
    })
  },
})
