import { PDFParse } from "pdf-parse"
import { payLaterConfig } from "../../../lib/pay-later"
import { planLabel, renderInvoicePdf, type PrintableDocument } from "../../../modules/invoice/pdf"
import { creditNoteDocument, invoiceDocument, localeForCountry, roundMoney } from "../utils/document"
import { paymentMethodLabel, paymentSummary } from "../utils/printable"

const SELLER = { name: "CloudServices", address: "1 Cloud Way, Dublin, Ireland", vat_id: "IE1", email: "billing@x.test" }

describe("invoice documents", () => {
  it("prints amounts in the buyer's country's format", () => {
    expect(localeForCountry("de")).toBe("de-DE")
    expect(localeForCountry("IN")).toBe("en-IN")
    expect(localeForCountry("gb")).toBe("en-GB")
    // a country without its own entry still gets its English variant, nonsense gets en-US
    expect(localeForCountry("nz")).toBe("en-NZ")
    expect(localeForCountry("zz-top")).toBe("en-US")
    expect(localeForCountry(null)).toBe("en-US")
  })

  it("rounds to the currency's minor unit", () => {
    expect(roundMoney(10.005, "eur")).toBe(10.01)
    expect(roundMoney(1234.4, "jpy")).toBe(1234)
  })

  it("copies lines with plan, tax and totals and the buyer from the billing address", () => {
    const doc = invoiceDocument(
      {
        id: "order_1",
        display_id: 7,
        email: "ada@example.com",
        currency_code: "eur",
        billing_address: { first_name: "Ada", last_name: "Lovelace", company: "AE GmbH", city: "Berlin", postal_code: "10117", country_code: "DE" },
        items: [
          {
            id: "li_1",
            product_title: "Cloud VPS",
            title: "Standard / Yearly",
            variant_title: "Standard / Yearly",
            quantity: 2,
            unit_price: 100,
            tax_total: 38,
            total: 238,
            tax_lines: [{ rate: 19 }],
          },
        ],
        subtotal: 200,
        tax_total: 38,
        total: 238,
      },
      SELLER,
      new Date("2026-03-01T00:00:00Z")
    )
    expect(doc.lines).toEqual([
      { title: "Cloud VPS", plan: "Standard / Yearly", quantity: 2, unit_price: 100, subtotal: 200, tax_rate: 19, tax_total: 38, total: 238 },
    ])
    expect(doc).toMatchObject({ subtotal: 200, tax_total: 38, total: 238, locale: "de-DE", currency_code: "eur" })
    expect(doc.buyer).toMatchObject({ name: "Ada Lovelace", company: "AE GmbH", country_code: "de", email: "ada@example.com", order_display_id: 7 })
    expect(planLabel(doc.lines[0].plan as string)).toBe("Plan: Standard · Term: Yearly")
  })

  it("gives a partial refund's credit note the invoice's tax share", () => {
    const note = creditNoteDocument(
      { id: "inv_1", number: "INV-2026-000001", order_id: "order_1", currency_code: "eur", total: 119, tax_total: 19, buyer: {}, locale: "de-DE", lines: [{ tax_rate: 19 }] },
      { id: "ref_1", amount: 59.5, note: "Downgrade" },
      "pay_1",
      SELLER,
      new Date("2026-03-02T00:00:00Z")
    )
    expect(note).toMatchObject({ kind: "credit_note", invoice_id: "inv_1", refund_id: "ref_1", total: 59.5, tax_total: 9.5, subtotal: 50 })
    expect(note.lines[0]).toMatchObject({ title: "Refund on invoice INV-2026-000001", plan: "Downgrade", tax_rate: 19 })
  })

  it("states the paid status and method of the order's payments", () => {
    const placed = "2026-03-01T10:00:00Z"
    expect(paymentMethodLabel("pp_stripe_stripe")).toBe("Card (Stripe)")
    expect(paymentMethodLabel("pp_system_default")).toBe("Bank transfer")
    const captured = { id: "p", provider_id: "pp_paypal_paypal", amount: 100, captured_at: "2026-01-01", captures: [{ amount: 100 }] }
    expect(paymentSummary([captured], "usd", "en-US", placed)).toEqual({ state: "paid", status: "Paid", method: "PayPal" })
    expect(paymentSummary([{ ...captured, refunds: [{ amount: 25 }] }], "usd", "en-US", placed).status).toBe("Paid, $25.00 refunded")
    expect(paymentSummary([{ ...captured, refunds: [{ amount: 100 }] }], "usd", "en-US", placed)).toMatchObject({ state: "refunded", status: "Refunded" })
    // a bank transfer the admin recorded ("Mark as paid" = Medusa's capture)
    expect(paymentSummary([{ ...captured, provider_id: "pp_system_default" }], "usd", "en-US", placed)).toEqual({
      state: "paid",
      status: "Paid",
      method: "Bank transfer",
    })
  })

  it("makes an uncaptured order UNPAID, due PAY_LATER_DUE_DAYS after it was placed, with the transfer instructions for pay later", () => {
    const placed = "2026-03-01T10:00:00Z"
    const config = payLaterConfig({ PAY_LATER_DUE_DAYS: "14", PAY_LATER_INSTRUCTIONS: "Pay to IBAN XX00 with your order number." })
    const payLater = { id: "p", provider_id: "pp_system_default", amount: 100 }
    expect(paymentSummary([payLater], "eur", "de-DE", placed, config)).toEqual({
      state: "unpaid",
      status: "Unpaid",
      method: "Bank transfer",
      due_at: new Date("2026-03-15T10:00:00Z"),
      instructions: "Pay to IBAN XX00 with your order number.",
    })
    // the default term is 7 days
    expect(paymentSummary([payLater], "eur", "de-DE", placed, payLaterConfig({})).due_at).toEqual(new Date("2026-03-08T10:00:00Z"))
    // a card authorized but not captured is unpaid too, with no bank details
    expect(paymentSummary([{ ...payLater, provider_id: "pp_stripe_stripe" }], "eur", "de-DE", placed, config)).toMatchObject({
      state: "unpaid",
      method: "Card (Stripe)",
      instructions: null,
    })
    expect(paymentSummary([], "usd", "en-US", placed, config)).toMatchObject({ state: "unpaid", method: null, instructions: null })
  })

  describe("the PDF", () => {
    const doc: PrintableDocument = {
      kind: "invoice",
      number: "INV-2026-000042",
      issued_at: "2026-03-01T10:00:00Z",
      currency_code: "eur",
      locale: "de-DE",
      subtotal: 100,
      tax_total: 19,
      total: 119,
      lines: [{ title: "Cloud VPS", plan: "Standard / Monthly", quantity: 1, unit_price: 100, subtotal: 100, tax_rate: 19, tax_total: 19, total: 119 }],
      seller: SELLER,
      buyer: { name: "Ada Lovelace", city: "Berlin", postal_code: "10117", country_code: "de", order_display_id: 7 },
      payment: { status: "Paid", method: "Bank transfer" },
    }

    async function text(pdf: Buffer) {
      const parser = new PDFParse({ data: new Uint8Array(pdf) })
      try {
        return (await parser.getText()).text.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ")
      } finally {
        await parser.destroy()
      }
    }

    it("prints an unpaid bank transfer as UNPAID with the due date in the buyer's locale and how to pay", async () => {
      const payment = paymentSummary(
        [{ id: "p", provider_id: "pp_system_default", amount: 119 }],
        "eur",
        "de-DE",
        "2026-03-01T10:00:00Z",
        payLaterConfig({ PAY_LATER_INSTRUCTIONS: "Transfer to IBAN DE00 1234 with reference INV-2026-000042." })
      )
      const printed = await text(await renderInvoicePdf({ ...doc, payment }))
      expect(printed).toContain("UNPAID")
      expect(printed).toContain("Payment due: 8. März 2026")
      expect(printed).toContain("Status: Unpaid")
      expect(printed).toContain("Method: Bank transfer")
      expect(printed).toContain("How to pay Transfer to IBAN DE00 1234 with reference INV-2026-000042.")
    })

    it("prints a captured one as PAID by bank transfer, with no due date or instructions", async () => {
      const payment = paymentSummary(
        [{ id: "p", provider_id: "pp_system_default", amount: 119, captured_at: "2026-03-03", captures: [{ amount: 119 }] }],
        "eur",
        "de-DE",
        "2026-03-01T10:00:00Z"
      )
      const printed = await text(await renderInvoicePdf({ ...doc, payment }))
      expect(printed).toContain("PAID")
      expect(printed).not.toContain("UNPAID")
      expect(printed).toContain("Method: Bank transfer")
      expect(printed).not.toContain("Payment due")
      expect(printed).not.toContain("How to pay")
    })
  })
})
