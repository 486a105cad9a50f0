import { model } from "@medusajs/framework/utils"
import TicketMessage from "./ticket-message"
import TicketNote from "./ticket-note"

/** A customer's support request: a thread of messages, internal notes, a status and an owner. */
const Ticket = model
  .define("ticket", {
    id: model.id({ prefix: "tkt" }).primaryKey(),
    // sequence behind the human number TKT-<100000 + display_id>
    display_id: model.autoincrement(),
    customer_id: model.text().index("IDX_ticket_customer_id"),
    subject: model.text(),
    category: model.text().default("general").index("IDX_ticket_category"),
    priority: model.enum(["low", "normal", "high", "urgent"]).default("normal").index("IDX_ticket_priority"),
    status: model
      .enum(["open", "pending", "on_hold", "resolved", "closed"])
      .default("open")
      .index("IDX_ticket_status"),
    // the admin user handling it
    assignee_id: model.text().index("IDX_ticket_assignee_id").nullable(),
    // where it came from
    source: model.enum(["portal", "chat", "email", "admin", "contact"]).default("portal").index("IDX_ticket_source"),
    // contact form (no account needed): who wrote in, as they typed it; customer_id is their email's guest customer
    contact_email: model.text().index("IDX_ticket_contact_email").nullable(),
    contact_name: model.text().nullable(),
    // the customer's satisfaction once resolved or closed (1–5)
    rating: model.number().nullable(),
    rating_comment: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    last_message_at: model.dateTime().index("IDX_ticket_last_message_at").nullable(),
    messages: model.hasMany(() => TicketMessage, { mappedBy: "ticket" }),
    notes: model.hasMany(() => TicketNote, { mappedBy: "ticket" }),
  })
  .cascades({ delete: ["messages", "notes"] })

export default Ticket
