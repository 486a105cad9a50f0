import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { PDFParse } from "pdf-parse"
import orderPlacedHandler from "../../src/subscribers/order-placed"
import { INVOICE_MODULE } from "../../src/modules/invoice"
import type InvoiceModuleService from "../../src/modules/invoice/service"
import { createInvoiceWorkflow } from "../../src/workflows/invoice"
import { queueNotificationWorkflow } from "../../src/workflows/notification"
import {
  adminHeaders,
  findVariant,
  payAndComplete,
  registerCustomer,
  seedStore,
  statusOf,
  type StoreContext,
} from "../helpers"
import { LocalSmtpServer, pickPort } from "../stubs"

jest.setTimeout(300 * 1000)

const SMTP_PORT = pickPort()

// Emails go through the real SMTP path to a server the test runs, so the
// attachments that reach the wire can be checked. The seller block comes
// from env as in production (medusa-config reads it at start).
Object.assign(process.env, {
  EMAIL_TRANSPORTS: "smtp",
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(SMTP_PORT),
  EMAIL_FROM: "CloudServices <billing@cloudservices.test>",
  INVOICE_SELLER_NAME: "CloudServices Test Ltd",
  INVOICE_SELLER_ADDRESS: "7 Harbour Road, Dublin 2, Ireland",
  INVOICE_SELLER_VAT_ID: "IE9876543Z",
  INVOICE_SELLER_EMAIL: "accounts@cloudservices.test",
  // "Bank transfer / pay later" (the offline provider every order here is placed with)
  PAY_LATER_INSTRUCTIONS: "Transfer the amount to CloudServices Test Ltd, IBAN IE29 AIBK 9311 5212 3456 78, quoting your order number.",
  PAY_LATER_DUE_DAYS: "10",
})
const PAY_LATER_INSTRUCTIONS = process.env.PAY_LATER_INSTRUCTIONS!

type Headers = { headers: Record<string, string> }

const BERLIN = {
  first_name: "Ada",
  last_name: "Lovelace",
  company: "Analytical Engines GmbH",
  address_1: "Unter den Linden 1",
  city: "Berlin",
  postal_code: "10117",
  country_code: "de",
}
const BENGALURU = {
  first_name: "Srinivasa",
  last_name: "Ramanujan",
  company: "Kumbakonam Compute Pvt Ltd",
  address_1: "12 MG Road",
  city: "Bengaluru",
  postal_code: "560001",
  province: "Karnataka",
  country_code: "in",
}

const INVOICE_NUMBER = /^INV-\d{4}-\d{6}$/
const CREDIT_NOTE_NUMBER = /^CN-\d{4}-\d{6}$/

/** The text of a PDF as a reader extracts it, with Intl's no-break spaces made plain. */
async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) })
  try {
    const { text } = await parser.getText()
    return text.replace(/[\u00a0\u202f]/g, " ")
  } finally {
    await parser.destroy()
  }
}

const money = (amount: number, currency: string, locale: string) =>
  new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount).replace(/[\u00a0\u202f]/g, " ")

/** When an order placed at `placedAt` must be paid by (PAY_LATER_DUE_DAYS), as `locale` writes dates. */
const dueDate = (placedAt: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(new Date(placedAt).getTime() + 10 * 86_400_000))

/** Text with its line breaks undone (the PDF wraps long lines). */
const oneLine = (text: string) => text.replace(/\s+/g, " ")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: Headers
    const smtp = new LocalSmtpServer(SMTP_PORT)

    beforeAll(async () => {
      await smtp.start()
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })
    afterAll(async () => {
      await smtp.stop()
    })

    async function until<T>(what: string, read: () => Promise<T | null | undefined | false>, tries = 100): Promise<T> {
      for (let i = 0; i < tries; i++) {
        const value = await read()
        if (value) {
          return value
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`timed out waiting for ${what}`)
    }

    /** Buys a plan through the store API as the storefront does (cart → addresses → pay → complete). */
    async function placeOrder(
      shopper: { email: string; headers: Headers },
      region: string,
      address: Record<string, string>,
      plan: { handle: string; plan: string; term: "Monthly" | "Quarterly" | "Yearly"; quantity?: number }
    ) {
      const { line } = await findVariant(api, ctx, plan.handle, plan.plan, plan.term)
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: ctx.regions[region].id,
          email: shopper.email,
          billing_address: address,
          shipping_address: address,
          items: [{ ...line, quantity: plan.quantity ?? 1 }],
        },
        shopper.headers
      )
      const { data: done } = await payAndComplete(api, data.cart.id, shopper.headers)
      expect(done.type).toBe("order")
      return done.order as { id: string; display_id: number }
    }

    async function invoicesOf(orderId: string) {
      const { data } = await api.get(`/admin/invoices?order_id=${orderId}`, admin)
      return data.invoices as any[]
    }

    const invoiceOf = (orderId: string) =>
      until(`the invoice of ${orderId}`, async () => (await invoicesOf(orderId)).find((i) => i.kind === "invoice"))

    async function orderTotals(orderId: string) {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=id,created_at,currency_code,subtotal,tax_total,total,*payment_collections.payments`,
        admin
      )
      return data.order
    }

    async function download(url: string, headers: Headers) {
      const res = await api.get(url, { ...headers, responseType: "arraybuffer" })
      return { res, pdf: Buffer.from(res.data) }
    }

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
