import { model } from "@medusajs/framework/utils"
import type { TicketAttachment } from "../utils"
import Ticket from "./ticket"

/** One message of a ticket's thread, visible to the customer. */
const TicketMessage = model.define("ticket_message", {
  id: model.id({ prefix: "tktmsg" }).primaryKey(),
  ticket: model.belongsTo(() => Ticket, { mappedBy: "messages" }),
  // who wrote it: the customer, an admin user, or the system (status changes)
  author_type: model.enum(["customer", "admin", "system"]).index("IDX_ticket_message_author_type"),
  // customer id or admin user id; null for system
  author_id: model.text().nullable(),
  body: model.text(),
  // files stored through the File module: [{ file_id, name, mime, size, url }]
  attachments: model.json<TicketAttachment[]>().nullable(),
  // the Message-ID of the email this reply came in by (replies by email): a second delivery of the
  // same email adds nothing
  email_message_id: model.text().unique("IDX_ticket_message_email_message_id_unique").nullable(),
})

export default TicketMessage
