import { model } from "@medusajs/framework/utils"
import Ticket from "./ticket"

/** An internal note on a ticket: admins only, never shown to the customer. */
const TicketNote = model.define("ticket_note", {
  id: model.id({ prefix: "tktnote" }).primaryKey(),
  ticket: model.belongsTo(() => Ticket, { mappedBy: "notes" }),
  // the admin user who wrote it
  author_id: model.text().index("IDX_ticket_note_author_id"),
  body: model.text(),
})

export default TicketNote
