import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import Ticket from "./models/ticket"
import TicketMessage from "./models/ticket-message"
import TicketNote from "./models/ticket-note"

type TicketRow = InferTypeOf<typeof Ticket>
type TicketMessageRow = InferTypeOf<typeof TicketMessage>

export type OpenTicketInput = {
  ticket: Pick<TicketRow, "customer_id" | "subject" | "category" | "priority" | "source" | "contact_email" | "contact_name" | "status" | "assignee_id" | "last_message_at">
  message: Pick<TicketMessageRow, "author_type" | "author_id" | "body" | "attachments">
}

class TicketModuleService extends MedusaService({
  Ticket,
  TicketMessage,
  TicketNote,
}) {
  /**
   * A new ticket with its first message, in one transaction: a message the
   * database refuses leaves no ticket behind.
   */
  @InjectTransactionManager()
  async openTicket(input: OpenTicketInput, @MedusaContext() sharedContext: Context = {}) {
    const ticket = await this.createTickets(input.ticket, sharedContext)
    const message = await this.createTicketMessages({ ...input.message, ticket_id: ticket.id }, sharedContext)
    return { ticket, message }
  }
}

export default TicketModuleService
