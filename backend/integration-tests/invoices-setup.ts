import type { MedusaContainer } from "@medusajs/framework/types"
import { PDFParse } from "pdf-parse"
import { adminHeaders, findVariant, payAndComplete, seedStore, type StoreContext } from "./helpers"
import { LocalSmtpServer, pickPort } from "./stubs"

export const SMTP_PORT = pickPort()

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
export const PAY_LATER_INSTRUCTIONS = process.env.PAY_LATER_INSTRUCTIONS!

export type Headers = { headers: Record<string, string> }

export const BERLIN = {
  first_name: "Ada",
  last_name: "Lovelace",
  company: "Analytical Engines GmbH",
  address_1: "Unter den Linden 1",
  city: "Berlin",
  postal_code: "10117",
  country_code: "de",
}
export const BENGALURU = {
  first_name: "Srinivasa",
  last_name: "Ramanujan",
  company: "Kumbakonam Compute Pvt Ltd",
  address_1: "12 MG Road",
  city: "Bengaluru",
  postal_code: "560001",
  province: "Karnataka",
  country_code: "in",
}

export const INVOICE_NUMBER = /^INV-\d{4}-\d{6}$/
export const CREDIT_NOTE_NUMBER = /^CN-\d{4}-\d{6}$/

/** The text of a PDF as a reader extracts it, with Intl's no-break spaces made plain. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) })
  try {
    const { text } = await parser.getText()
    return text.replace(/[\u00a0\u202f]/g, " ")
  } finally {
    await parser.destroy()
  }
}

export const money = (amount: number, currency: string, locale: string) =>
  new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount).replace(/[\u00a0\u202f]/g, " ")

/** When an order placed at `placedAt` must be paid by (PAY_LATER_DUE_DAYS), as `locale` writes dates. */
export const dueDate = (placedAt: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(new Date(placedAt).getTime() + 10 * 86_400_000))

/** Text with its line breaks undone (the PDF wraps long lines). */
export const oneLine = (text: string) => text.replace(/\s+/g, " ")

/**
 * The shared set-up of the invoices specs (invoices.spec.ts, invoices-refunds-email.spec.ts): registers
 * their hooks in the calling test suite and hands back its helpers.
 */
export function setupInvoicesSpec({ api, getContainer }: { api: any; getContainer: () => MedusaContainer }) {
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

  return {
    smtp, invoiceOf, until, placeOrder, invoicesOf, orderTotals, download,
    /** the values the hooks above set, read after they ran */
    state: () => ({ ctx, admin }),
  }
}
