import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import TicketModule from "../modules/ticket"

/** ticket.assignee (read-only: the ticket holds the admin user's id). */
export default defineLink(
  { linkable: TicketModule.linkable.ticket, field: "assignee_id" },
  { linkable: UserModule.linkable.user, alias: "assignee" },
  { readOnly: true }
)
