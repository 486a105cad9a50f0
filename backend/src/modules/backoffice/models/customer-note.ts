import { model } from "@medusajs/framework/utils"

/** Support's notes on a customer (shown on the customer page, pinned ones first). */
const CustomerNote = model
  .define("customer_note", {
    id: model.id({ prefix: "cnote" }).primaryKey(),
    customer_id: model.text().index("IDX_customer_note_customer_id"),
    // the admin user who wrote it
    author_id: model.text().index("IDX_customer_note_author_id"),
    text: model.text(),
    pinned: model.boolean().default(false),
    // written while viewing the store as this customer
    impersonation_session_id: model.text().nullable(),
  })

export default CustomerNote
