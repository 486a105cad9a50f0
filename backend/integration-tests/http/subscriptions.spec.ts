import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { applyOrderPaymentWorkflow, createSubscriptionsForOrderWorkflow } from "../../src/workflows/subscription"
import { eventually, markOrderPaid, statusOf } from "../helpers"
import { setupSubscriptionsSpec, DAY } from "../subscriptions-setup"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const s = setupSubscriptionsSpec(runner)
    const { getSub, lifecycle, history, emails, checkout, buyPlan } = s
    let admin: { headers: Record<string, string> }
    const refresh = () => ({ admin } = s.state())
    beforeAll(refresh)
    beforeEach(refresh)

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
  },
})
