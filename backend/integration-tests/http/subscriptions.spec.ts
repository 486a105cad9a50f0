import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SUBSCRIPTION_MODULE } from "../../src/modules/subscription"
import {
  createSubscriptionsForOrderWorkflow,
  runSubscriptionLifecycleWorkflow,
} from "../../src/workflows/subscription"
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

    async function buyPlan(term: "Monthly" | "Yearly" = "Monthly") {
      const shopper = await registerCustomer(api, ctx)
      const { variant } = await findVariant(api, ctx, "cloud-vps", "Standard", term)
      const { data } = await api.post(
        "/store/carts",
        { region_id: ctx.regions["North America"].id, items: [{ variant_id: variant.id, quantity: 1 }] },
        shopper.headers
      )
      const order = await checkout(shopper, data.cart.id)
      const sub = await waitForSubscription(shopper)
      return { shopper, order, sub }
    }

    async function waitForSubscription(shopper: { headers: any }) {
      for (let i = 0; i < 50; i++) {
        const { data } = await api.get("/store/subscriptions", shopper.headers)
        if (data.subscriptions.length) {
          return data.subscriptions[0]
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error("no subscription was created")
    }

    const lifecycle = (asOf: Date) => runSubscriptionLifecycleWorkflow(getContainer()).run({ input: { asOf } })
    const history = async (shopper: { headers: any }, id: string) =>
      (await api.get(`/store/subscriptions/${id}/history`, shopper.headers)).data.events.map((e: any) => e.type)
    const emails = async (email: string, template: string) =>
      (await api.get(`/admin/notification-logs?to=${encodeURIComponent(email)}&template=${template}`, admin)).data.count

    it("turns a bought plan into a subscription once, however often order.placed is replayed", async () => {
      const { shopper, order, sub } = await buyPlan()
      expect(sub).toMatchObject({ status: "active", product_title: "Cloud VPS", plan: "Standard", billing_interval: "month", billing_interval_count: 1, auto_renew: false })
      expect(sub.number).toMatch(/^SUB-1\d{4}$/)
      const months = (new Date(sub.expires_at).getTime() - new Date(sub.started_at).getTime()) / DAY
      expect(months).toBeGreaterThanOrEqual(28)
      expect(months).toBeLessThanOrEqual(31)
      await createSubscriptionsForOrderWorkflow(getContainer()).run({ input: { order_id: order.id, asOf: new Date() } })
      expect((await api.get("/store/subscriptions", shopper.headers)).data.count).toBe(1)
      expect(await history(shopper, sub.id)).toEqual(["created", "activated"])
      expect(await emails(shopper.email, "subscription_activated")).toBe(1)
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
        "created", "activated", "reminder_sent_7", "reminder_sent_3", "reminder_sent_1", "suspended", "expired",
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
      expect(await history(shopper, sub.id)).toEqual(["created", "activated", "reminder_sent_3"])
      // the jobs were down for days past expiry + grace: suspension still happens once
      await lifecycle(new Date(expires + 10 * DAY))
      expect((await history(shopper, sub.id)).filter((t: string) => t === "suspended")).toHaveLength(1)
    })

    it("renews before expiry from the expiry date, and brings a suspended subscription back", async () => {
      const { shopper, sub } = await buyPlan()
      const { data: renewal } = await api.post(`/store/subscriptions/${sub.id}/renew`, {}, shopper.headers)
      expect(renewal.cart.items[0].metadata).toMatchObject({ subscription_id: sub.id })
      await checkout(shopper, renewal.cart.id)
      let current = sub
      for (let i = 0; i < 50 && current.expires_at === sub.expires_at; i++) {
        await new Promise((r) => setTimeout(r, 100))
        current = (await api.get(`/store/subscriptions/${sub.id}`, shopper.headers)).data.subscription
      }
      const gained = (new Date(current.expires_at).getTime() - new Date(sub.expires_at).getTime()) / DAY
      expect(gained).toBeGreaterThanOrEqual(28)
      expect(gained).toBeLessThanOrEqual(31)

      // lapse it, then renew: suspended → active again
      await lifecycle(new Date(new Date(current.expires_at).getTime() + 5 * DAY))
      expect((await api.get(`/store/subscriptions/${sub.id}`, shopper.headers)).data.subscription.status).toBe("suspended")
      const { data: again } = await api.post(`/store/subscriptions/${sub.id}/renew`, {}, shopper.headers)
      await checkout(shopper, again.cart.id)
      let after = current
      for (let i = 0; i < 50 && after.status !== "active"; i++) {
        await new Promise((r) => setTimeout(r, 100))
        after = (await api.get(`/store/subscriptions/${sub.id}`, shopper.headers)).data.subscription
      }
      expect(after.status).toBe("active")
      let events: string[] = []
      for (let i = 0; i < 50 && !events.includes("unsuspended"); i++) {
        events = await history(shopper, sub.id)
        await new Promise((r) => setTimeout(r, 100))
      }
      expect(events.filter((t) => t === "renewed")).toHaveLength(2)
      expect(events.slice(events.indexOf("suspended"))).toEqual(["suspended", "renewal_paid", "renewed", "unsuspended"])
      expect(await emails(shopper.email, "subscription_renewed")).toBe(2)
    })

    it("auto-renews with the saved (offline) payment method before expiry", async () => {
      const { shopper, sub } = await buyPlan()
      const { data } = await api.post(`/store/subscriptions/${sub.id}/auto-renew`, { enabled: true }, shopper.headers)
      expect(data.subscription.auto_renew).toBe(true)
      await lifecycle(new Date(new Date(sub.expires_at).getTime() - 12 * 3600_000))
      const { data: renewed } = await api.get(`/admin/subscriptions/${sub.id}`, admin)
      expect(new Date(renewed.subscription.expires_at).getTime()).toBeGreaterThan(new Date(sub.expires_at).getTime() + 27 * DAY)
      expect(renewed.subscription.orders).toHaveLength(2)
      // the renewal order leads back to the subscription (admin order page widget)
      const renewalOrder = renewed.subscription.orders.find((o: any) => o.id !== sub.order_id)
      const { data: byOrder } = await api.get(`/admin/subscriptions?order_id=${renewalOrder.id}`, admin)
      expect(byOrder.subscriptions.map((s: any) => s.id)).toEqual([sub.id])
      const { data: none } = await api.get(`/admin/subscriptions?order_id=order_unknown`, admin)
      expect(none.subscriptions).toHaveLength(0)
      expect(renewed.subscription.events.map((e: any) => e.type)).toEqual(expect.arrayContaining(["auto_renew_changed", "renewal_paid", "renewed"]))
      // running the same job again changes nothing
      await lifecycle(new Date(new Date(sub.expires_at).getTime() - 12 * 3600_000))
      const { data: same } = await api.get(`/admin/subscriptions/${sub.id}`, admin)
      expect(same.subscription.expires_at).toBe(renewed.subscription.expires_at)
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
      expect((await api.get("/store/subscriptions", h)).data.subscriptions).toHaveLength(0)
      expect(await statusOf(api.get("/store/subscriptions", ctx.storeHeaders))).toBe(401)
      const untouched = await getContainer().resolve(SUBSCRIPTION_MODULE).retrieveSubscription(sub.id)
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
