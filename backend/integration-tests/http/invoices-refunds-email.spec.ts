import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { queueNotificationWorkflow } from "../../src/workflows/notification"
import { findVariant, registerCustomer, statusOf, type StoreContext } from "../helpers"
import { setupInvoicesSpec, PAY_LATER_INSTRUCTIONS, Headers, BERLIN, INVOICE_NUMBER, CREDIT_NOTE_NUMBER, pdfText, money, dueDate } from "../invoices-setup"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const s = setupInvoicesSpec(runner)
    const { smtp, invoiceOf, until, placeOrder, invoicesOf, orderTotals, download } = s
    let ctx: StoreContext
    let admin: Headers
    const refresh = () => ({ ctx, admin } = s.state())
    beforeAll(refresh)
    beforeEach(refresh)

    describe("admin", () => {
      it("downloads an order's invoice, issuing it on first download for an order that had none", async () => {
        const container = getContainer()
        const { variant } = await findVariant(api, ctx, "cloud-vps", "Starter", "Monthly")
        const { result: order } = await createOrderWorkflow(container).run({
          input: {
            region_id: ctx.regions["United Kingdom"].id,
            email: `legacy${Date.now()}@example.com`,
            billing_address: { ...BERLIN, city: "London", postal_code: "EC1A 1BB", country_code: "gb" },
            items: [{ variant_id: variant.id, quantity: 1, title: "Cloud VPS", unit_price: 9 }],
            status: "pending",
          } as any,
        })
        expect(await invoicesOf(order.id)).toHaveLength(0)

        const { res, pdf } = await download(`/admin/orders/${order.id}/invoice`, admin)
        const [invoice] = await invoicesOf(order.id)
        expect(invoice.number).toMatch(INVOICE_NUMBER)
        expect(res.headers["content-disposition"]).toBe(`attachment; filename="${invoice.number}.pdf"`)
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
        const text = await pdfText(pdf)
        expect(text).toContain(invoice.number)
        expect(text).toContain("United Kingdom")
        expect(text).toContain(`Total ${money(Number(invoice.total), "GBP", "en-GB")}`)

        // the second download is the same document
        await download(`/admin/orders/${order.id}/invoice`, admin)
        expect((await invoicesOf(order.id)).map((i) => i.number)).toEqual([invoice.number])
        expect(await statusOf(api.get(`/admin/orders/order_01JZZZZZZZZZZZZZZZZZZZZZZZ/invoice`, admin))).toBe(404)
        expect(await statusOf(api.get(`/admin/orders/${order.id}/invoice`))).toBe(401)
        expect(await statusOf(api.get(`/admin/invoices?kind=receipt`, admin))).toBe(400)
      })
    })

    describe("refunds", () => {
      it("issues a credit note per refund (CN number, refunded amount, reference to the invoice) and emails it", async () => {
        const shopper = await registerCustomer(api, ctx)
        const order = await placeOrder(shopper, "Europe", BERLIN, { handle: "cloud-vps", plan: "Standard", term: "Yearly" })
        const invoice = await invoiceOf(order.id)
        const totals = await orderTotals(order.id)
        const payment = totals.payment_collections[0].payments[0]
        await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)

        await api.post(`/admin/payments/${payment.id}/refund`, { amount: 10 }, admin)
        const first = await until("the first credit note", async () => {
          const { data } = await api.get(`/admin/orders/${order.id}/credit-notes`, admin)
          return data.credit_notes[0]
        })
        expect(first.number).toMatch(CREDIT_NOTE_NUMBER)
        expect(Number(first.total)).toBe(10)
        expect(first.invoice_id).toBe(invoice.id)

        await api.post(`/admin/payments/${payment.id}/refund`, { amount: 5.5 }, admin)
        const notes = await until("the second credit note", async () => {
          const { data } = await api.get(`/admin/orders/${order.id}/credit-notes`, admin)
          return data.credit_notes.length === 2 && data.credit_notes
        })
        expect(Number(notes[1].total)).toBe(5.5)
        expect(notes[1].sequence).toBe(notes[0].sequence + 1)

        // a replayed refund event issues nothing new
        await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "payment.refunded", data: { id: payment.id } })
        await new Promise((r) => setTimeout(r, 1000))
        const { data: still } = await api.get(`/admin/orders/${order.id}/credit-notes`, admin)
        expect(still.credit_notes.map((n: any) => n.number)).toEqual(notes.map((n: any) => n.number))

        // the customer sees them too, nobody else does
        const { data: mine } = await api.get(`/store/orders/${order.id}/credit-notes`, shopper.headers)
        expect(mine.credit_notes.map((n: any) => [n.number, Number(n.total)])).toEqual([
          [notes[0].number, 10],
          [notes[1].number, 5.5],
        ])
        const stranger = await registerCustomer(api, ctx)
        expect(await statusOf(api.get(`/store/orders/${order.id}/credit-notes`, stranger.headers))).toBe(404)
        expect(await statusOf(api.get(`/store/orders/${order.id}/credit-notes/${first.id}`, stranger.headers))).toBe(404)

        // the credit note PDF: number, the invoice it credits, the refunded amount
        const eur = (n: number) => money(n, "EUR", "de-DE")
        const { res, pdf } = await download(`/store/orders/${order.id}/credit-notes/${first.id}`, shopper.headers)
        expect(res.headers["content-disposition"]).toBe(`attachment; filename="${first.number}.pdf"`)
        const text = await pdfText(pdf)
        expect(text).toContain("CREDIT NOTE")
        expect(text).toContain(first.number)
        expect(text).toContain(`Credits invoice ${invoice.number}`)
        expect(text).toContain(`Total credited ${eur(10)}`)
        const adminCopy = await download(`/admin/orders/${order.id}/credit-notes/${notes[1].id}`, admin)
        expect(await pdfText(adminCopy.pdf)).toContain(`Total credited ${eur(5.5)}`)

        // the invoice now shows it was paid, what was refunded and the credit notes
        const invoiceText = await pdfText((await download(`/store/orders/${order.id}/invoice`, shopper.headers)).pdf)
        expect(invoiceText).toContain("PAID")
        expect(invoiceText).not.toContain("UNPAID")
        expect(invoiceText).toContain(`Status: Paid, ${eur(15.5)} refunded`)
        expect(invoiceText).toContain(first.number)
        expect(invoiceText).toContain(notes[1].number)

        // each refund email carries its credit note
        const refundMails = await until("both refund emails", async () => {
          const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(shopper.email)}&template=refund`, admin)
          return data.notification_logs.filter((l: any) => l.status === "sent").length === 2 && data.notification_logs
        })
        expect(refundMails.map((l: any) => l.data.credit_note?.number).sort()).toEqual(notes.map((n: any) => n.number).sort())
        for (const note of notes) {
          const mail = await until(`the SMTP copy of ${note.number}`, async () =>
            smtp.received.find((m) => m.to.includes(shopper.email) && m.raw.includes(`${note.number}.pdf`))
          )
          expect(mail.raw).toMatch(/Content-Type: application\/pdf/i)
          expect(mail.raw).toContain(`Credit note ${note.number}`)
        }
      })
    })

    describe("order confirmation email", () => {
      it("carries the invoice PDF (on the wire and in the mail log) and, for a bank transfer, asks for the payment: amount, due date, how to pay", async () => {
        const shopper = await registerCustomer(api, ctx)
        const order = await placeOrder(shopper, "Europe", BERLIN, { handle: "cloud-vps", plan: "Standard", term: "Monthly" })
        const invoice = await invoiceOf(order.id)
        const log = await until("the sent confirmation", async () => {
          const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(shopper.email)}&template=order_confirmation`, admin)
          return data.notification_logs[0]?.status === "sent" && data.notification_logs[0]
        })
        expect(log.data.invoice.number).toBe(invoice.number)
        expect(log.data.attachments).toEqual([
          { filename: `${invoice.number}.pdf`, content_type: "application/pdf", invoice_id: invoice.id },
        ])
        expect(log.body_text).toContain(`Your invoice ${invoice.number} is attached`)
        // paid later by bank transfer: awaiting payment, how much, by when, how; nothing is running yet
        const totals = await orderTotals(order.id)
        const amount = new Intl.NumberFormat("en", { style: "currency", currency: "EUR" }).format(Number(totals.total))
        expect(log.data.payment).toMatchObject({ pay_later: true, status: "Awaiting payment", due_date: dueDate(totals.created_at, "de-DE") })
        const due = dueDate(totals.created_at, "de-DE")
        expect(log.body_text).toContain(`Awaiting payment: please pay ${amount} by ${due}.\n${PAY_LATER_INSTRUCTIONS}`)
        const { data: detail } = await api.get(`/admin/notification-logs/${log.id}`, admin)
        const html = detail.notification_log.body_html as string
        expect(html).toContain("Awaiting payment")
        expect(html).toContain(`Please pay <strong>${amount}</strong> by <strong>${due}</strong>.`)
        expect(html).toContain(PAY_LATER_INSTRUCTIONS)
        for (const body of [log.body_text, html]) {
          expect(body).not.toMatch(/services are (active|being provisioned)/i)
        }

        const mail = smtp.received.find((m) => m.to.includes(shopper.email) && m.raw.includes(`#${order.display_id}`))!
        expect(mail).toBeDefined()
        expect(mail.raw).toMatch(new RegExp(`filename="?${invoice.number}\\.pdf"?`))
        expect(mail.raw).toMatch(/Content-Type: application\/pdf/i)
        // the attachment's bytes are a PDF (base64 of "%PDF-")
        expect(mail.raw).toContain("JVBERi0")
      })

      it("still goes out when the attachment can't be made", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { data: me } = await api.get("/store/customers/me", shopper.headers)
        const { result } = await queueNotificationWorkflow(getContainer()).run({
          input: {
            template: "order_confirmation",
            customer_id: me.customer.id,
            idempotency_key: `broken-attachment:${me.customer.id}`,
            data: {
              order: { id: "order_x", display_id: 999001, currency_code: "eur", total: 10, tax_total: 1, items: [] },
              invoice: { id: "inv_missing", number: "INV-1999-000001" },
              attachments: [{ filename: "INV-1999-000001.pdf", content_type: "application/pdf", invoice_id: "inv_missing" }],
            },
          },
        })
        const sent = await until("the confirmation without attachment", async () => {
          const { data } = await api.get(`/admin/notification-logs/${result.id}`, admin)
          return data.notification_log.status === "sent" && data.notification_log
        })
        expect(sent.provider).toBe("smtp")
        const mail = smtp.received.find((m) => m.to.includes(shopper.email) && m.raw.includes("999001"))!
        expect(mail).toBeDefined()
        expect(mail.raw).not.toMatch(/application\/pdf/i)
      })
    })
  },
})
