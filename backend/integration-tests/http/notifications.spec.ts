import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { sendOrderConfirmationWorkflow } from "../../src/workflows/notification"
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

jest.setTimeout(120 * 1000)

const ADDRESS = US_ADDRESS

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    /** Waits for the worker (event subscriber) to settle a message. */
    async function logsFor(params: string, expected = 1) {
      for (let i = 0; i < 50; i++) {
        const { data } = await api.get(`/admin/notification-logs?${params}`, admin)
        if (data.notification_logs.length >= expected && data.notification_logs.every((l: any) => l.status !== "queued" && l.status !== "sending")) {
          return data
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      const { data } = await api.get(`/admin/notification-logs?${params}`, admin)
      return data
    }

    async function buy(shopper: { email: string; headers: any }) {
      const { line } = await findVariant(api, ctx, "cloud-vps", "Starter", "Monthly")
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: ctx.regions["North America"].id,
          email: shopper.email,
          billing_address: ADDRESS,
          shipping_address: ADDRESS,
          items: [line],
        },
        shopper.headers
      )
      const { data: done } = await payAndComplete(api, data.cart.id, shopper.headers)
      return done.order
    }

    describe("messages the platform sends", () => {
      it("welcomes a new customer with their shopper id, captured by the local provider", async () => {
        const shopper = await registerCustomer(api, ctx)
        const data = await logsFor(`to=${encodeURIComponent(shopper.email)}`)
        const [welcome] = data.notification_logs
        expect(welcome).toMatchObject({
          channel: "email",
          template: "welcome",
          subject: "Welcome to CloudServices",
          provider: "local",
          status: "delivered",
          attempts: 1,
        })
        expect(welcome.shopper_id).toMatch(/^CS-[2-9A-HJ-NP-Z]{6}$/)
        expect(welcome.body_text).toContain(welcome.shopper_id)
      })

      it("confirms an order once, however often the event is replayed", async () => {
        const shopper = await registerCustomer(api, ctx)
        const order = await buy(shopper)
        const data = await logsFor(`template=order_confirmation&to=${encodeURIComponent(shopper.email)}`)
        expect(data.notification_logs).toHaveLength(1)
        const { data: detail } = await api.get(`/admin/notification-logs/${data.notification_logs[0].id}`, admin)
        expect(detail.notification_log.subject).toBe(`Order #${order.display_id} confirmed`)
        expect(detail.notification_log.body_html).toContain("Cloud VPS")
        expect(detail.notification_log.body_html).toContain("<html")

        await sendOrderConfirmationWorkflow(getContainer()).run({ input: { order_id: order.id } })
        const again = await logsFor(`template=order_confirmation&to=${encodeURIComponent(shopper.email)}`)
        expect(again.notification_logs).toHaveLength(1)
      })

      it("tells the customer about a refund", async () => {
        const shopper = await registerCustomer(api, ctx)
        const order = await buy(shopper)
        const { data: full } = await api.get(`/admin/orders/${order.id}?fields=*payment_collections.payments`, admin)
        const payment = full.order.payment_collections[0].payments[0]
        await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
        await api.post(`/admin/payments/${payment.id}/refund`, { amount: 2 }, admin)
        const data = await logsFor(`template=refund&to=${encodeURIComponent(shopper.email)}`)
        expect(data.notification_logs).toHaveLength(1)
        expect(data.notification_logs[0].subject).toBe(`Refund of $2.00 for order #${order.display_id}`)
      })

      it("emails a password reset link through Medusa's reset route", async () => {
        const shopper = await registerCustomer(api, ctx)
        await api.post("/auth/customer/emailpass/reset-password", { identifier: shopper.email })
        const data = await logsFor(`template=password_reset&to=${encodeURIComponent(shopper.email)}`)
        expect(data.notification_logs).toHaveLength(1)
        expect(data.notification_logs[0].body_text).toMatch(/reset-password\?token=/)
      })
    })

    describe("GET /admin/notification-logs", () => {
      it("finds messages by channel, status, shopper id, text and date, a page at a time", async () => {
        const a = await registerCustomer(api, ctx)
        const b = await registerCustomer(api, ctx)
        await logsFor(`template=welcome&to=${encodeURIComponent(b.email)}`)
        const { data: first } = await logsFor(`template=welcome&to=${encodeURIComponent(a.email)}`).then((d) => ({ data: d }))
        const shopperId = first.notification_logs[0].shopper_id

        // each shopper has their verification code and their welcome email
        const byShopper = await api.get(`/admin/notification-logs?shopper_id=${shopperId.toLowerCase()}`, admin)
        expect(byShopper.data.notification_logs.map((l: any) => [l.to, l.template])).toEqual([
          [a.email, "welcome"],
          [a.email, "verification_code"],
        ])
        const byText = await api.get(`/admin/notification-logs?q=${encodeURIComponent(b.email.split("@")[0])}`, admin)
        expect([...new Set(byText.data.notification_logs.map((l: any) => l.to))]).toEqual([b.email])
        const sms = await api.get(`/admin/notification-logs?channel=sms`, admin)
        expect(sms.data.notification_logs.every((l: any) => l.channel === "sms")).toBe(true)
        const failed = await api.get(`/admin/notification-logs?status=failed`, admin)
        expect(failed.data.count).toBe(0)
        const future = new Date(Date.now() + 86_400_000).toISOString()
        const none = await api.get(`/admin/notification-logs?created_at[gte]=${future}`, admin)
        expect(none.data.count).toBe(0)
        const page = await api.get(`/admin/notification-logs?limit=1&offset=1`, admin)
        expect(page.data.notification_logs).toHaveLength(1)
        expect(page.data.count).toBeGreaterThanOrEqual(2)
        expect(page.data).toMatchObject({ limit: 1, offset: 1 })
      })

      it("answers bad filters with 400 and is for admins only", async () => {
        expect(await statusOf(api.get(`/admin/notification-logs?channel=fax`, admin))).toBe(400)
        expect(await statusOf(api.get(`/admin/notification-logs?limit=lots`, admin))).toBe(400)
        expect(await statusOf(api.get(`/admin/notification-logs`))).toBe(401)
        expect(await statusOf(api.get(`/admin/notification-logs/ntfl_missing`, admin))).toBe(404)
      })
    })

    describe("POST /admin/notification-logs/:id/resend", () => {
      it("sends the same message again as a new entry linked to the original", async () => {
        const shopper = await registerCustomer(api, ctx)
        const [original] = (await logsFor(`to=${encodeURIComponent(shopper.email)}`)).notification_logs
        const { data } = await api.post(`/admin/notification-logs/${original.id}/resend`, {}, admin)
        expect(data.notification_log.id).not.toBe(original.id)
        expect(data.notification_log).toMatchObject({
          resend_of_id: original.id,
          subject: original.subject,
          to: original.to,
        })
        const after = await logsFor(`resend_of_id=${original.id}`)
        expect(after.notification_logs[0].status).toBe("delivered")
        const { data: detail } = await api.get(`/admin/notification-logs/${original.id}`, admin)
        expect(detail.notification_log.resends.map((r: any) => r.id)).toEqual([data.notification_log.id])
        expect(await statusOf(api.post(`/admin/notification-logs/ntfl_missing/resend`, {}, admin))).toBe(404)
      })
    })

    describe("POST /admin/notifications/{email,sms}", () => {
      it("sends an admin's email and SMS to a customer", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { data: me } = await api.get("/store/customers/me", shopper.headers)
        const { data } = await api.post(
          "/admin/notifications/email",
          { customer_id: me.customer.id, subject: "Maintenance tonight", body: "Hello,\n\nWe migrate your server at 22:00." },
          admin
        )
        expect(data.notification_log).toMatchObject({ template: "custom", subject: "Maintenance tonight", to: shopper.email })
        expect(data.notification_log.body_html).toContain("We migrate your server at 22:00.")

        const noPhone = await errorOf(api.post("/admin/notifications/sms", { customer_id: me.customer.id, body: "Hi" }, admin))
        expect(noPhone.status).toBe(400)
        expect(noPhone.message).toMatch(/phone/)

        await api.post("/store/customers/me", { phone: "+15550100" }, shopper.headers)
        const { data: sms } = await api.post("/admin/notifications/sms", { customer_id: me.customer.id, body: "Server back up" }, admin)
        expect(sms.notification_log).toMatchObject({ channel: "sms", to: "+15550100", template: "custom_sms" })
        const settled = await logsFor(`channel=sms&to=${encodeURIComponent("+15550100")}`)
        expect(settled.notification_logs[0]).toMatchObject({ status: "delivered", provider: "local" })
        expect(settled.notification_logs[0].body_text).toContain("Server back up")
      })

      it("refuses bad bodies with 400 and writes nothing", async () => {
        const before = (await api.get("/admin/notification-logs?template=custom", admin)).data.count
        expect(await statusOf(api.post("/admin/notifications/email", { customer_id: "cus_x" }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/notifications/email", { customer_id: "cus_x", subject: "", body: "x" }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/notifications/email", { customer_id: "cus_x", subject: "s", body: "b", cc: "x" }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/notifications/email", { customer_id: "cus_missing", subject: "s", body: "b" }, admin))).toBe(404)
        expect(await statusOf(api.post("/admin/notifications/sms", { customer_id: "cus_x", body: "x".repeat(500) }, admin))).toBe(400)
        expect((await api.get("/admin/notification-logs?template=custom", admin)).data.count).toBe(before)
      })
    })

    describe("templates", () => {
      it("lists every message kind and previews it with sample data", async () => {
        const { data } = await api.get("/admin/notification-templates", admin)
        const names = data.templates.map((t: any) => t.name)
        expect(names).toEqual(expect.arrayContaining([
          "welcome", "verification_code", "password_reset", "order_confirmation", "subscription_activated",
          "expiry_reminder", "subscription_suspended", "subscription_renewed", "refund", "ticket_update", "custom", "custom_sms",
        ]))
        const { data: preview } = await api.get("/admin/notification-templates/order_confirmation/preview", admin)
        expect(preview.subject).toBe("Order #1042 confirmed")
        expect(preview.html).toContain("€134.01")
        const { data: sms } = await api.get("/admin/notification-templates/expiry_reminder_sms/preview", admin)
        expect(sms.html).toBeNull()
        expect(sms.text.length).toBeLessThanOrEqual(160)
        expect(await statusOf(api.get("/admin/notification-templates/nope/preview", admin))).toBe(404)
      })
    })

    describe("GET /store/account/notifications", () => {
      it("shows customers their own messages only", async () => {
        const a = await registerCustomer(api, ctx)
        const b = await registerCustomer(api, ctx)
        await logsFor(`template=welcome&to=${encodeURIComponent(a.email)}`)
        await logsFor(`template=welcome&to=${encodeURIComponent(b.email)}`)
        const { data } = await api.get("/store/account/notifications?channel=email", a.headers)
        expect(data.notifications.map((n: any) => [n.to, n.template])).toEqual([
          [a.email, "welcome"],
          [a.email, "verification_code"],
        ])
        const theirs = (await api.get("/store/account/notifications", b.headers)).data.notifications[0]
        expect(await statusOf(api.get(`/store/account/notifications/${theirs.id}`, a.headers))).toBe(404)
        const { data: own } = await api.get(`/store/account/notifications/${data.notifications[0].id}`, a.headers)
        expect(own.notification.subject).toBe("Welcome to CloudServices")
        expect(await statusOf(api.get("/store/account/notifications", ctx.storeHeaders))).toBe(401)
        expect(await statusOf(api.get("/store/account/notifications?channel=pigeon", a.headers))).toBe(400)
      })
    })
  },
})
