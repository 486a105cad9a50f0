import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import orderPlacedHandler from "../../src/subscribers/order-placed"
import { INVOICE_MODULE } from "../../src/modules/invoice"
import type InvoiceModuleService from "../../src/modules/invoice/service"
import { createInvoiceWorkflow } from "../../src/workflows/invoice"
import { findVariant, registerCustomer, statusOf, type StoreContext } from "../helpers"
import { setupInvoicesSpec, PAY_LATER_INSTRUCTIONS, Headers, BERLIN, BENGALURU, INVOICE_NUMBER, pdfText, money, dueDate, oneLine } from "../invoices-setup"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const s = setupInvoicesSpec(runner)
    const { invoiceOf, until, placeOrder, invoicesOf, orderTotals, download } = s
    let ctx: StoreContext
    let admin: Headers
    const refresh = () => ({ ctx, admin } = s.state())
    beforeAll(refresh)
    beforeEach(refresh)

    describe("issuing invoices", () => {
      it("issues one invoice when an order is placed; a replayed order.placed issues nothing and sends no second email", async () => {
        const shopper = await registerCustomer(api, ctx)
        const order = await placeOrder(shopper, "Europe", BERLIN, { handle: "cloud-vps", plan: "Standard", term: "Yearly" })
        const invoice = await invoiceOf(order.id)
        expect(invoice.number).toMatch(INVOICE_NUMBER)
        expect(invoice.number).toBe(`INV-${invoice.year}-${String(invoice.sequence).padStart(6, "0")}`)
        const totals = await orderTotals(order.id)
        expect(Number(invoice.total)).toBeCloseTo(Number(totals.total), 2)
        expect(Number(invoice.tax_total)).toBeCloseTo(Number(totals.tax_total), 2)

        const confirmation = await until("the confirmation", async () => {
          const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(shopper.email)}&template=order_confirmation`, admin)
          return data.notification_logs[0]?.status === "sent" && data.notification_logs[0]
        })

        // the event again (as a redelivery would), the subscriber itself, and the workflow directly
        const container = getContainer()
        await container.resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
        await orderPlacedHandler({ event: { name: "order.placed", data: { id: order.id } }, container, pluginOptions: {} } as any)
        const { result: again } = await createInvoiceWorkflow(container).run({ input: { order_id: order.id, asOf: new Date() } })
        expect(again.id).toBe(invoice.id)
        await new Promise((r) => setTimeout(r, 1000))

        const after = await invoicesOf(order.id)
        expect(after).toHaveLength(1)
        expect(after[0].number).toBe(invoice.number)
        const { data: mails } = await api.get(
          `/admin/notification-logs?to=${encodeURIComponent(shopper.email)}&template=order_confirmation`,
          admin
        )
        expect(mails.count).toBe(1)
        expect(mails.notification_logs[0].id).toBe(confirmation.id)
      })

      it("numbers 12 orders invoiced at the same time gaplessly and uniquely, each order once", async () => {
        const container = getContainer()
        const { variant } = await findVariant(api, ctx, "managed-postgresql", "Hobby", "Monthly")
        // orders created directly (no order.placed), so no invoice exists before the race
        const orders = await Promise.all(
          Array.from({ length: 12 }, async (_, i) => {
            const { result } = await createOrderWorkflow(container).run({
              input: {
                region_id: ctx.regions.Europe.id,
                email: `race${i}-${Date.now()}@example.com`,
                billing_address: BERLIN,
                items: [{ variant_id: variant.id, quantity: 1, title: "Managed PostgreSQL", unit_price: 20 }],
                status: "pending",
              } as any,
            })
            return result.id as string
          })
        )
        const year = new Date().getUTCFullYear()
        const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
        const before = await invoices.listInvoices({ kind: "invoice", year }, { select: ["sequence"] })

        // every order asked for twice at once: 24 concurrent workflow runs
        const runs = await Promise.all(
          [...orders, ...orders].map((order_id) =>
            createInvoiceWorkflow(container).run({ input: { order_id, asOf: new Date() } }).then(({ result }) => result)
          )
        )
        const byOrder = new Map<string, Set<string>>()
        for (const r of runs) {
          byOrder.set(r.order_id, (byOrder.get(r.order_id) ?? new Set()).add(r.number))
        }
        expect([...byOrder.values()].every((numbers) => numbers.size === 1)).toBe(true)
        expect(byOrder.size).toBe(12)

        const issued = [...new Set(runs.map((r) => r.sequence as number))].sort((a, b) => a - b)
        expect(issued).toHaveLength(12)
        // consecutive, and continuing the year's sequence with no hole before them
        expect(issued[11] - issued[0]).toBe(11)
        const all = (await invoices.listInvoices({ kind: "invoice", year }, { select: ["sequence", "number"] }))
          .map((i: any) => i.sequence as number)
          .sort((a: number, b: number) => a - b)
        expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1))
        expect(all.length).toBe(before.length + 12)
      })

      it("numbers invoices of orders placed concurrently through the store without gaps", async () => {
        const shoppers = await Promise.all([0, 1, 2, 3, 4].map(() => registerCustomer(api, ctx)))
        const orders = await Promise.all(
          shoppers.map((s) => placeOrder(s, "North America", { ...BERLIN, country_code: "us", city: "Austin", postal_code: "73301" }, { handle: "cloud-vps", plan: "Starter", term: "Monthly" }))
        )
        const numbers = await Promise.all(orders.map((o) => invoiceOf(o.id).then((i) => i.number as string)))
        expect(new Set(numbers).size).toBe(5)
        const { data } = await api.get(`/admin/invoices?kind=invoice&limit=1000`, admin)
        const sequences = data.invoices.map((i: any) => i.sequence).sort((a: number, b: number) => a - b)
        expect(sequences).toEqual(Array.from({ length: sequences.length }, (_, i) => i + 1))
      })
    })

    describe("GET /store/orders/:id/invoice", () => {
      it("gives the customer a PDF of their EUR order with seller, buyer, plan lines, tax and totals in German format", async () => {
        const shopper = await registerCustomer(api, ctx)
        const order = await placeOrder(shopper, "Europe", BERLIN, { handle: "cloud-vps", plan: "Standard", term: "Yearly", quantity: 2 })
        const invoice = await invoiceOf(order.id)
        const { res, pdf } = await download(`/store/orders/${order.id}/invoice`, shopper.headers)
        expect(res.headers["content-type"]).toBe("application/pdf")
        expect(res.headers["content-disposition"]).toBe(`attachment; filename="${invoice.number}.pdf"`)
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")

        const text = await pdfText(pdf)
        const totals = await orderTotals(order.id)
        const eur = (n: number) => money(n, "EUR", "de-DE")
        expect(text).toContain(invoice.number)
        expect(text).toContain("CloudServices Test Ltd")
        expect(text).toContain("7 Harbour Road, Dublin 2, Ireland")
        expect(text).toContain("VAT ID: IE9876543Z")
        expect(text).toContain("Ada Lovelace")
        expect(text).toContain("Analytical Engines GmbH")
        expect(text).toContain("10117 Berlin")
        expect(text).toContain("Germany")
        expect(text).toContain(`Order #${order.display_id}`)
        expect(text).toContain("Cloud VPS")
        expect(text).toContain("Plan: Standard · Term: Yearly")
        // German VAT on each line and in the totals, amounts as a German reader writes them
        expect(text).toContain("19 %")
        expect(Number(totals.tax_total)).toBeGreaterThan(0)
        expect(text).toContain(`Subtotal (excl. tax) ${eur(Number(totals.total) - Number(totals.tax_total))}`)
        expect(text).toContain(`Tax ${eur(Number(totals.tax_total))}`)
        expect(text).toContain(`Total ${eur(Number(totals.total))}`)
        expect(eur(Number(totals.total))).toMatch(/^\d{1,3}(\.\d{3})*,\d{2} €$/)
        // placed to be paid later by bank transfer: unpaid, due in PAY_LATER_DUE_DAYS, how to pay
        expect(text).toContain("UNPAID")
        expect(text).toContain(`Payment due: ${dueDate(totals.created_at, "de-DE")}`)
        expect(text).toContain("Status: Unpaid")
        expect(text).toContain("Method: Bank transfer")
        expect(oneLine(text)).toContain(`How to pay ${PAY_LATER_INSTRUCTIONS}`)
      })

      it("marks the invoice PAID by bank transfer once the admin records the transfer (capture)", async () => {
        const shopper = await registerCustomer(api, ctx)
        const order = await placeOrder(shopper, "United Kingdom", { ...BERLIN, city: "London", postal_code: "EC1A 1BB", country_code: "gb" }, {
          handle: "cloud-vps",
          plan: "Starter",
          term: "Monthly",
        })
        await invoiceOf(order.id)
        const totals = await orderTotals(order.id)
        const before = await pdfText((await download(`/store/orders/${order.id}/invoice`, shopper.headers)).pdf)
        // the due date as a British reader writes it
        expect(before).toContain(`Payment due: ${dueDate(totals.created_at, "en-GB")}`)

        await api.post(`/admin/payments/${totals.payment_collections[0].payments[0].id}/capture`, {}, admin)
        const text = await pdfText((await download(`/store/orders/${order.id}/invoice`, shopper.headers)).pdf)
        expect(text).toContain("PAID")
        expect(text).not.toContain("UNPAID")
        expect(text).toContain("Status: Paid")
        expect(text).toContain("Method: Bank transfer")
        expect(text).not.toContain("Payment due")
        expect(oneLine(text)).not.toContain(PAY_LATER_INSTRUCTIONS)
      })

      it("prints an INR order in Indian format with the rupee sign and GST", async () => {
        const shopper = await registerCustomer(api, ctx)
        const order = await placeOrder(shopper, "India", BENGALURU, { handle: "cloud-vps", plan: "Standard", term: "Yearly" })
        const invoice = await invoiceOf(order.id)
        const text = await pdfText((await download(`/store/orders/${order.id}/invoice`, shopper.headers)).pdf)
        const totals = await orderTotals(order.id)
        const inr = (n: number) => money(n, "INR", "en-IN")
        expect(text).toContain(invoice.number)
        expect(text).toContain("Srinivasa Ramanujan")
        expect(text).toContain("560001 Bengaluru")
        expect(text).toContain("India")
        expect(text).toContain("18%")
        expect(text).toContain(`Tax ${inr(Number(totals.tax_total))}`)
        expect(text).toContain(`Total ${inr(Number(totals.total))}`)
        expect(inr(Number(totals.total))).toMatch(/^₹[\d,]+\.\d{2}$/)
        expect(Number(totals.tax_total)).toBeCloseTo((Number(totals.total) - Number(totals.tax_total)) * 0.18, 1)
      })

      it("answers 404 for another customer's order, a guest's order and an unknown id; 401 without signing in", async () => {
        const buyer = await registerCustomer(api, ctx)
        const other = await registerCustomer(api, ctx)
        const order = await placeOrder(buyer, "Europe", BERLIN, { handle: "cloud-vps", plan: "Starter", term: "Monthly" })
        // guests can't buy plans through the store any more; an order of a guest customer from before that
        const { variant } = await findVariant(api, ctx, "cloud-vps", "Starter", "Monthly")
        const { result: guestOrder } = await createOrderWorkflow(getContainer()).run({
          input: {
            region_id: ctx.regions.Europe.id,
            email: `guest${Date.now()}@example.com`,
            billing_address: BERLIN,
            items: [{ variant_id: variant.id, quantity: 1, title: "Cloud VPS", unit_price: 9 }],
            status: "pending",
          } as any,
        })
        await invoiceOf(order.id)

        expect(await statusOf(api.get(`/store/orders/${order.id}/invoice`, other.headers))).toBe(404)
        expect(await statusOf(api.get(`/store/orders/${guestOrder.id}/invoice`, other.headers))).toBe(404)
        expect(await statusOf(api.get(`/store/orders/order_01JZZZZZZZZZZZZZZZZZZZZZZZ/invoice`, buyer.headers))).toBe(404)
        // a registered customer's order is 404 for anonymous callers too (as if it did not exist)
        expect(await statusOf(api.get(`/store/orders/${order.id}/invoice`, ctx.storeHeaders))).toBe(404)
        expect(await statusOf(api.get(`/store/orders/${guestOrder.id}/invoice`, ctx.storeHeaders))).toBe(401)
        expect(await statusOf(api.get(`/store/orders/${order.id}/credit-notes/inv_nope`, buyer.headers))).toBe(404)
        expect(await statusOf(api.get(`/store/orders/${order.id}/invoice`, buyer.headers))).toBe(200)
      })
    })
  },
})
