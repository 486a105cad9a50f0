import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import TicketModule from "../modules/ticket"

/** ticket.customer (read-only: the ticket holds the customer id). */
export default defineLink(
  { linkable: TicketModule.linkable.ticket, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
