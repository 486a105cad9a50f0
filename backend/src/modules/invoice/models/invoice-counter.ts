import { model } from "@medusajs/framework/utils"

/**
 * The last number handed out per document kind and year. Its row is locked
 * while a document is issued, so concurrent issues queue up behind it and
 * the sequence has no gaps and no duplicates.
 */
const InvoiceCounter = model
  .define("invoice_counter", {
    id: model.id({ prefix: "invcnt" }).primaryKey(),
    kind: model.enum(["invoice", "credit_note"]),
    year: model.number(),
    // the last sequence issued (0 before the first)
    value: model.number().default(0),
  })
  .indexes([{ name: "IDX_invoice_counter_kind_year_unique", on: ["kind", "year"], unique: true }])

export default InvoiceCounter
