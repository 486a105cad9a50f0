import { model } from "@medusajs/framework/utils"
import type { DocumentBuyer, DocumentLine, DocumentSeller } from "../types"

/**
 * An issued accounting document of an order: its invoice, or a credit note for
 * a refund. Numbers (`INV-2026-000123`, `CN-2026-000045`) come from a gapless
 * sequence per kind and year and never change; the amounts, the seller and the
 * buyer are copied at issue time so the document can be reproduced as issued.
 */
const Invoice = model
  .define("invoice", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    // the order the document belongs to
    order_id: model.text().index("IDX_invoice_order_id"),
    // "invoice" (one per order) or "credit_note" (one per refund)
    kind: model.enum(["invoice", "credit_note"]).index("IDX_invoice_kind"),
    // calendar year (UTC) of issue, the sequence's scope
    year: model.number(),
    // position in the kind's sequence of that year: 1, 2, 3, … without gaps
    sequence: model.number(),
    // the printed number, e.g. INV-2026-000123
    number: model.text().unique("IDX_invoice_number_unique"),
    // invoices: the order's payment state, kept by the payment events (null on credit notes)
    status: model.enum(["unpaid", "paid", "refunded"]).index("IDX_invoice_status").nullable(),
    // credit notes: the invoice they correct
    invoice_id: model.text().index("IDX_invoice_invoice_id").nullable(),
    // credit notes: the Medusa refund and payment they document
    refund_id: model.text().nullable(),
    payment_id: model.text().index("IDX_invoice_payment_id").nullable(),
    // amounts as issued (major units); a credit note's are the refunded amount
    currency_code: model.text(),
    subtotal: model.bigNumber(),
    tax_total: model.bigNumber(),
    total: model.bigNumber(),
    // lines as issued: title, plan, term, quantity, unit price, tax rate and amounts
    lines: model.json<DocumentLine[]>(),
    // seller block as issued: name, address, VAT id, email
    seller: model.json<DocumentSeller>(),
    // buyer as issued: name, company, address lines, country, email
    buyer: model.json<DocumentBuyer>(),
    // locale the amounts are printed in (from the buyer's or region's country)
    locale: model.text().default("en-US"),
    issued_at: model.dateTime().index("IDX_invoice_issued_at"),
  })
  .indexes([
    { name: "IDX_invoice_kind_year_sequence_unique", on: ["kind", "year", "sequence"], unique: true },
    // one invoice per order (credit notes: as many as refunds)
    {
      name: "IDX_invoice_order_invoice_unique",
      on: ["order_id"],
      unique: true,
      where: "kind = 'invoice' AND deleted_at IS NULL",
    },
    // one credit note per refund
    {
      name: "IDX_invoice_refund_id_unique",
      on: ["refund_id"],
      unique: true,
      where: "refund_id IS NOT NULL AND deleted_at IS NULL",
    },
  ])

export default Invoice
