import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  adminHeaders,
  eventually,
  findVariant,
  markOrderPaid,
  payAndComplete,
  registerCustomer,
  seedStore,
  statusOf,
  US_ADDRESS,
  type StoreContext,
} from "../helpers"

jest.setTimeout(300 * 1000)

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: Headers

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    /** A signed-in shopper's bank-transfer order of a monthly VPS. */
    async function placeOrder(shopper: { email: string; headers: Headers }) {
      const { line } = await findVariant(api, ctx, "cloud-vps", "Standard", "Monthly")
      const { data } = await api.post(
        "/store/carts",
        { region_id: ctx.regions["North America"].id, email: shopper.email, billing_address: US_ADDRESS, shipping_address: US_ADDRESS, items: [line] },
        shopper.headers
      )
      const { data: done } = await payAndComplete(api, data.cart.id, shopper.headers)
      return done.order as { id: string; display_id: number; total: number }
    }

    const paymentsOf = async (shopper: { headers: Headers }) => (await api.get("/store/account/payments", shopper.headers)).data

    describe("GET /store/account/payments", () => {
      it("shows the customer's payment with its order, method, status, invoice and refunds; nobody else sees it", async () => {
        const a = await registerCustomer(api, ctx)
        const b = await registerCustomer(api, ctx)
        const orderA = await placeOrder(a)
        const orderB = await placeOrder(b)

        // before the bank transfer arrives: awaiting payment, with the invoice issued at order time
        const before = await eventually(
          () => paymentsOf(a),
          (d: any) => !!d.payments[0]?.invoice.number
        )
        expect(before.count).toBe(1)
        expect(before.payments[0]).toMatchObject({
          provider_id: "pp_system_default",
          currency_code: "usd",
          status: "authorized",
          captured_at: null,
          refunds: [],
          order: { id: orderA.id, display_id: orderA.display_id },
          invoice: { url: `/store/orders/${orderA.id}/invoice` },
        })
        expect(before.payments[0].invoice.number).toMatch(/^INV-\d{4}-\d{6}$/)
        expect(Number(before.payments[0].amount)).toBeCloseTo(Number(orderA.total), 2)

        // paid, then partly refunded by support
        await markOrderPaid(api, orderA.id)
        await api.post(`/admin/orders/${orderA.id}/refunds`, { amount: 5, note: "Goodwill" }, admin)
        const after = await paymentsOf(a)
        expect(after.payments[0].status).toBe("partially_refunded")
        expect(after.payments[0].captured_at).toBeTruthy()
        expect(after.payments[0].refunds).toHaveLength(1)
        expect(Number(after.payments[0].refunds[0].amount)).toBe(5)

        // B sees B's own payment only
        const theirs = await paymentsOf(b)
        expect(theirs.count).toBe(1)
        expect(theirs.payments.map((p: any) => p.order.id)).toEqual([orderB.id])
        expect(theirs.payments.map((p: any) => p.id)).not.toContain(after.payments[0].id)
      })

      it("is empty for a customer without orders and pages", async () => {
        const c = await registerCustomer(api, ctx)
        expect(await paymentsOf(c)).toEqual({ payments: [], count: 0, offset: 0, limit: 20 })
        await placeOrder(c)
        await placeOrder(c)
        const { data } = await api.get("/store/account/payments?limit=1&offset=1", c.headers)
        expect(data).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(data.payments).toHaveLength(1)
      })

      it("answers 401 without a customer, 400 for a bad page", async () => {
        expect(await statusOf(api.get("/store/account/payments", ctx.storeHeaders))).toBe(401)
        const c = await registerCustomer(api, ctx)
        expect(await statusOf(api.get("/store/account/payments?limit=0", c.headers))).toBe(400)
        expect(await statusOf(api.get("/store/account/payments?customer_id=cus_1", c.headers))).toBe(400)
      })
    })
  },
})
