import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { INVOICE_MODULE } from "../../src/modules/invoice"
import type InvoiceModuleService from "../../src/modules/invoice/service"
import {
  adminHeaders,
  eventually,
  findVariant,
  markOrderPaid,
  payAndComplete,
  registerCustomer,
  seedStore,
  statusOf,
  type StoreContext,
} from "../helpers"

jest.setTimeout(240 * 1000)

const BERLIN = {
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "Unter den Linden 1",
  city: "Berlin",
  postal_code: "10117",
  country_code: "de",
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    /** A yearly Standard VPS bought in Europe, placed to be paid later (offline provider). */
    async function placeOrder(shopper: { email: string; headers: { headers: Record<string, string> } }) {
      const { line } = await findVariant(api, ctx, "cloud-vps", "Standard", "Yearly")
      const { data } = await api.post(
        "/store/carts",
        { region_id: ctx.regions["Europe"].id, email: shopper.email, billing_address: BERLIN, shipping_address: BERLIN, items: [line] },
        shopper.headers
      )
      const { data: done } = await payAndComplete(api, data.cart.id, shopper.headers)
      expect(done.type).toBe("order")
      return done.order as { id: string }
    }

    async function invoiceOf(orderId: string, status?: string) {
      const query = status ? `&status=${status}` : ""
      const { data } = await api.get(`/admin/invoices?order_id=${orderId}&kind=invoice${query}`, admin)
      return data.invoices[0] as { id: string; status: string; total: number } | undefined
    }

    const stored = async (id: string) => {
      const [row] = await (getContainer().resolve(INVOICE_MODULE) as InvoiceModuleService).listInvoices({ id }, { select: ["status", "updated_at"] })
      return row
    }

    describe("GET /admin/invoices?status=", () => {
      it("follows the order's payments: unpaid when placed, paid on capture, refunded when fully refunded; replayed events change nothing", async () => {
        const shopper = await registerCustomer(api, ctx)
        const order = await placeOrder(shopper)

        const unpaid = await eventually(() => invoiceOf(order.id), (i) => !!i)
        expect(unpaid!.status).toBe("unpaid")
        expect((await invoiceOf(order.id, "unpaid"))?.id).toBe(unpaid!.id)
        expect(await invoiceOf(order.id, "paid")).toBeUndefined()

        const [paymentId] = await markOrderPaid(api, order.id)
        const paid = await eventually(() => invoiceOf(order.id, "paid"), (i) => !!i)
        expect(paid!.id).toBe(unpaid!.id)
        expect(await invoiceOf(order.id, "unpaid")).toBeUndefined()

        // a partial refund leaves it paid
        await api.post(`/admin/payments/${paymentId}/refund`, { amount: 10 }, admin)
        await eventually(
          () => api.get(`/admin/orders/${order.id}/credit-notes`, admin).then(({ data }) => data.credit_notes.length),
          (n) => n === 1
        )
        expect((await invoiceOf(order.id))!.status).toBe("paid")

        // the rest refunded: refunded
        await api.post(`/admin/payments/${paymentId}/refund`, { amount: Number(paid!.total) - 10 }, admin)
        const refunded = await eventually(() => invoiceOf(order.id, "refunded"), (i) => !!i)
        expect(refunded!.id).toBe(unpaid!.id)
        const before = await stored(unpaid!.id)
        expect(before.status).toBe("refunded")

        // replayed capture and refund events: nothing changes, not even updated_at
        const events = getContainer().resolve(Modules.EVENT_BUS)
        await events.emit({ name: "payment.captured", data: { id: paymentId } })
        await events.emit({ name: "payment.refunded", data: { id: paymentId } })
        await new Promise((r) => setTimeout(r, 1500))
        const after = await stored(unpaid!.id)
        expect(after.status).toBe("refunded")
        expect(new Date(after.updated_at).getTime()).toBe(new Date(before.updated_at).getTime())
        const { data } = await api.get(`/admin/orders/${order.id}/credit-notes`, admin)
        expect(data.credit_notes).toHaveLength(2)
      })

      it("combines the status filter with the others, and shows status in the list", async () => {
        const shopper = await registerCustomer(api, ctx)
        const order = await placeOrder(shopper)
        await eventually(() => invoiceOf(order.id), (i) => !!i)
        const { data } = await api.get(`/admin/invoices?status=unpaid&email=${encodeURIComponent(shopper.email)}`, admin)
        expect(data.invoices.map((i: any) => [i.order_id, i.status])).toEqual([[order.id, "unpaid"]])
        const { data: none } = await api.get(`/admin/invoices?status=refunded&email=${encodeURIComponent(shopper.email)}`, admin)
        expect(none.invoices).toEqual([])
      })

      it("answers 400 for an unknown status", async () => {
        expect(await statusOf(api.get("/admin/invoices?status=bogus", admin))).toBe(400)
      })
    })
  },
})
