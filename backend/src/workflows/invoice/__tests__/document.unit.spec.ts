import { planLabel } from "../../../modules/invoice/pdf"
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
    expect(paymentMethodLabel("pp_stripe_stripe")).toBe("Card (Stripe)")
    expect(paymentMethodLabel("pp_system_default")).toBe("Manual payment")
    const captured = { id: "p", provider_id: "pp_paypal_paypal", amount: 100, captured_at: "2026-01-01", captures: [{ amount: 100 }] }
    expect(paymentSummary([captured], "usd", "en-US")).toEqual({ status: "Paid", method: "PayPal" })
    expect(paymentSummary([{ ...captured, refunds: [{ amount: 25 }] }], "usd", "en-US").status).toBe("Paid, $25.00 refunded")
    expect(paymentSummary([{ ...captured, refunds: [{ amount: 100 }] }], "usd", "en-US").status).toBe("Refunded")
    expect(paymentSummary([{ id: "p", provider_id: "pp_system_default", amount: 100 }], "usd", "en-US").status).toBe(
      "Payment authorized, not yet captured"
    )
    expect(paymentSummary([], "usd", "en-US")).toEqual({ status: "Awaiting payment", method: null })
  })
})
