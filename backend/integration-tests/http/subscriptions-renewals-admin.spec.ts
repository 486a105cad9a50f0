import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SUBSCRIPTION_MODULE } from "../../src/modules/subscription"
import { errorOf, eventually, markOrderPaid, registerCustomer, statusOf, type StoreContext } from "../helpers"
import { setupSubscriptionsSpec, DAY } from "../subscriptions-setup"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const s = setupSubscriptionsSpec(runner)
    const { getSub, lifecycle, history, emails, checkout, buyPlan } = s
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    const refresh = () => ({ ctx, admin } = s.state())
    beforeAll(refresh)
    beforeEach(refresh)

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
