import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordPaymentFailureWorkflow } from "../../src/workflows/payment"
import {
  adminHeaders,
  eventually,
  findVariant,
  payAndComplete,
  registerCustomer,
  seedStore,
  statusOf,
  US_ADDRESS,
  type StoreContext,
} from "../helpers"

jest.setTimeout(300 * 1000)

type Headers = { headers: Record<string, string> }
type Shopper = {
  email: string
  headers: Headers
  id: string
  shopper_id: string
  order: { id: string; display_id: number }
  last_name: string
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: Headers
    let a: Shopper
    let b: Shopper

    /** A registered customer with a name of their own, one paid-later order (subscription, invoice, emails), a ticket, a chat and a failed card attempt. */
    async function shopperWithHistory(lastName: string): Promise<Shopper> {
      const shopper = await registerCustomer(api, ctx)
      await api.post("/store/customers/me", { first_name: "Grace", last_name: lastName }, shopper.headers)
      const { data: me } = await api.get("/store/customers/me", shopper.headers)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: profiles } = await query.graph({ entity: "account_profile", fields: ["shopper_id"], filters: { customer_id: me.customer.id } })

      const { line } = await findVariant(api, ctx, "cloud-vps", "Standard", "Monthly")
      const { data: cart } = await api.post(
        "/store/carts",
        { region_id: ctx.regions["North America"].id, email: shopper.email, billing_address: US_ADDRESS, shipping_address: US_ADDRESS, items: [line] },
        shopper.headers
      )
      const { data: done } = await payAndComplete(api, cart.cart.id, shopper.headers)
      await api.post("/store/tickets", { subject: `Disk question ${lastName}`, category: "technical", body: "How big is the disk?" }, shopper.headers)
      await api.post("/store/chats", { message: "Hello, anyone there?" }, shopper.headers)

      // a second cart whose card payment the gateway declined
      const { data: retry } = await api.post(
        "/store/carts",
        { region_id: ctx.regions["North America"].id, email: shopper.email, items: [line] },
        shopper.headers
      )
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: retry.cart.id }, shopper.headers)
      const { data: withSession } = await api.post(
        `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        shopper.headers
      )
      await recordPaymentFailureWorkflow(getContainer()).run({
        input: {
          event_key: `evt_${lastName}_${Date.now()}`,
          provider_id: "pp_system_default",
          action: "failed",
          session_id: withSession.payment_collection.payment_sessions[0].id,
          code: "card_declined",
          reason: "Your card was declined.",
          occurred_at: new Date(),
        },
      })
      return {
        email: shopper.email,
        headers: shopper.headers,
        id: me.customer.id,
        shopper_id: profiles[0].shopper_id,
        order: done.order,
        last_name: lastName,
      }
    }

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
      a = await shopperWithHistory("Hamilton")
      b = await shopperWithHistory("Babbage")
      // the order's subscription and invoice come from order.placed subscribers
      for (const s of [a, b]) {
        await eventually(
          () => api.get(`/admin/subscriptions?customer_id=${s.id}`, admin),
          (r: any) => r.data.subscriptions.length > 0
        )
        await eventually(
          () => api.get(`/admin/invoices?order_id=${s.order.id}`, admin),
          (r: any) => r.data.invoices.length > 0
        )
      }
    })

    /** Every way support types a customer into a search box. */
    const searches = (s: Shopper) => [
      ["email", s.email],
      ["part of the email", s.email.slice(0, s.email.indexOf("@")).toUpperCase()],
      ["last name", s.last_name],
      ["full name", `Grace ${s.last_name}`],
      ["customer id", s.id],
      ["shopper id", s.shopper_id.toLowerCase()],
    ]

    /** The customer ids behind each list's rows. */
    const lists: [string, string, (body: any) => (string | null | undefined)[]][] = [
      ["GET /admin/subscriptions", "/admin/subscriptions", (d) => d.subscriptions.map((x: any) => x.customer_id)],
      ["GET /admin/tickets", "/admin/tickets", (d) => d.tickets.map((x: any) => x.customer_id)],
      ["GET /admin/chats", "/admin/chats", (d) => d.chats.map((x: any) => x.customer_id ?? x.customer?.id)],
      ["GET /admin/notification-logs", "/admin/notification-logs", (d) => d.notification_logs.map((x: any) => x.customer_id)],
      ["GET /admin/payment-failures", "/admin/payment-failures", (d) => d.payment_failures.map((x: any) => x.customer_id)],
      ["GET /admin/payments-overview", "/admin/payments-overview", (d) => d.payments.map((x: any) => x.customer?.id)],
      ["GET /admin/orders", "/admin/orders?fields=id,customer_id", (d) => d.orders.map((x: any) => x.customer_id)],
    ]

    for (const [name, path, customersOf] of lists) {
      describe(name, () => {
        it("finds the customer's records by email, name, customer id and shopper id, and nobody else's", async () => {
          for (const s of [a, b]) {
            for (const [how, q] of searches(s)) {
              const sep = path.includes("?") ? "&" : "?"
              const { data } = await api.get(`${path}${sep}q=${encodeURIComponent(q)}&limit=100`, admin)
              const found = customersOf(data)
              expect({ how, found: found.length > 0 }).toEqual({ how, found: true })
              expect({ how, others: found.filter((c) => c !== s.id) }).toEqual({ how, others: [] })
            }
          }
        })

        it("finds nothing for a customer that does not exist, and keeps its other filters", async () => {
          const sep = path.includes("?") ? "&" : "?"
          const { data } = await api.get(`${path}${sep}q=${encodeURIComponent("nobody-at-all@nowhere.test")}`, admin)
          expect(customersOf(data)).toEqual([])
          expect(data.count).toBe(0)
        })
      })
    }

    describe("GET /admin/subscriptions", () => {
      it("combines q with the other filters and finds a subscription by its number; q longer than 200 characters is a 400", async () => {
        const { data: all } = await api.get(`/admin/subscriptions?q=${encodeURIComponent(a.email)}`, admin)
        const sub = all.subscriptions[0]
        const { data: byNumber } = await api.get(`/admin/subscriptions?q=${sub.number}`, admin)
        expect(byNumber.subscriptions.map((s: any) => s.id)).toEqual([sub.id])
        const { data: none } = await api.get(`/admin/subscriptions?q=${encodeURIComponent(a.email)}&status=expired`, admin)
        expect(none.subscriptions).toEqual([])
        expect(await statusOf(api.get(`/admin/subscriptions?q=${"x".repeat(201)}`, admin))).toBe(400)
      })
    })

    describe("GET /admin/invoices", () => {
      it("finds the customer's invoices by q (email, name, customer id, shopper id) and by the customer_id and email filters", async () => {
        for (const s of [a, b]) {
          for (const [how, q] of searches(s)) {
            const { data } = await api.get(`/admin/invoices?q=${encodeURIComponent(q)}`, admin)
            expect({ how, orders: [...new Set(data.invoices.map((i: any) => i.order_id))] }).toEqual({ how, orders: [s.order.id] })
          }
          const { data: byCustomer } = await api.get(`/admin/invoices?customer_id=${s.id}`, admin)
          expect(byCustomer.invoices.map((i: any) => i.order_id)).toEqual([s.order.id])
          const { data: byEmail } = await api.get(`/admin/invoices?email=${encodeURIComponent(s.email)}`, admin)
          expect(byEmail.invoices.map((i: any) => i.order_id)).toEqual([s.order.id])
        }
      })

      it("still finds a document by its number's start, filters by issue date, and shows the order and buyer", async () => {
        const { data: mine } = await api.get(`/admin/invoices?customer_id=${a.id}&fields=id,number,order_id,order.display_id,order.email`, admin)
        const invoice = mine.invoices[0]
        expect(invoice.order).toMatchObject({ display_id: a.order.display_id, email: a.email })
        const { data: byNumber } = await api.get(`/admin/invoices?q=${invoice.number}`, admin)
        expect(byNumber.invoices.map((i: any) => i.id)).toEqual([invoice.id])
        const { data: byNumberFilter } = await api.get(`/admin/invoices?number=${invoice.number}`, admin)
        expect(byNumberFilter.invoices.map((i: any) => i.id)).toEqual([invoice.id])
        const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
        const { data: later } = await api.get(`/admin/invoices?customer_id=${a.id}&issued_at[gte]=${tomorrow}`, admin)
        expect(later.invoices).toEqual([])
        const { data: before } = await api.get(`/admin/invoices?customer_id=${a.id}&issued_at[lte]=${tomorrow}`, admin)
        expect(before.invoices).toHaveLength(1)
        expect(await statusOf(api.get(`/admin/invoices?issued_at[gte]=not-a-date`, admin))).toBe(400)
      })
    })

    describe("GET /admin/payment-failures", () => {
      it("lists a failed attempt with its reason, amount, customer and date; pages; 400 for a bad filter", async () => {
        const { data } = await api.get(`/admin/payment-failures?q=${encodeURIComponent(a.email)}`, admin)
        expect(data.payment_failures).toHaveLength(1)
        expect(data.payment_failures[0]).toMatchObject({
          action: "failed",
          provider_id: "pp_system_default",
          code: "card_declined",
          reason: "Your card was declined.",
          customer_id: a.id,
          email: a.email,
          currency_code: "usd",
          customer: { id: a.id, email: a.email },
        })
        expect(Number(data.payment_failures[0].amount)).toBeGreaterThan(0)
        expect(data.payment_failures[0].occurred_at).toBeTruthy()

        const { data: page } = await api.get(`/admin/payment-failures?limit=1&offset=1`, admin)
        expect(page).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(page.payment_failures).toHaveLength(1)
        expect(await statusOf(api.get(`/admin/payment-failures?action=exploded`, admin))).toBe(400)
        expect(await statusOf(api.get(`/admin/payment-failures`))).toBe(401)
      })
    })

    describe("GET /admin/payments-overview", () => {
      it("lists each payment with its order, customer and status; finds it by order number", async () => {
        const { data } = await api.get(`/admin/payments-overview?q=${a.shopper_id}`, admin)
        expect(data.payments).toHaveLength(1)
        expect(data.payments[0]).toMatchObject({
          provider_id: "pp_system_default",
          currency_code: "usd",
          status: "authorized",
          order: { id: a.order.id, display_id: a.order.display_id, email: a.email },
          customer: { id: a.id, email: a.email },
        })
        const { data: byNumber } = await api.get(`/admin/payments-overview?q=%23${b.order.display_id}`, admin)
        expect(byNumber.payments.map((p: any) => p.order.id)).toEqual([b.order.id])
        expect(await statusOf(api.get(`/admin/payments-overview`))).toBe(401)
      })
    })

    describe("GET /admin/orders", () => {
      it("keeps Medusa's own q (an email) and an unknown shopper id finds nothing", async () => {
        const { data } = await api.get(`/admin/orders?q=${encodeURIComponent(b.email)}&fields=id`, admin)
        expect(data.orders.map((o: any) => o.id)).toEqual([b.order.id])
        const { data: none } = await api.get(`/admin/orders?q=CS-ZZZZZZ&fields=id`, admin)
        expect(none.orders).toEqual([])
      })
    })
  },
})
