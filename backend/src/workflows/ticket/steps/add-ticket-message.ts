import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { TicketAttachment } from "../../../modules/ticket/utils"
import { loadTicket, ticketService } from "./service"

export type AddTicketMessageStepInput = {
  id: string
  /** customer routes pass the customer: someone else's ticket is a 404 */
  customer_id?: string
  author_type: "customer" | "admin"
  author_id: string
  body: string
  attachments?: TicketAttachment[]
  /** the Message-ID of the email the reply came in by (replies by email) */
  email_message_id?: string | null
  asOf: Date
}

/**
 * A reply in the thread. A customer can't reply to a closed ticket; their
 * reply (re)opens it, an admin's reply leaves it pending on the customer.
 * Compensation deletes the message and restores status and activity time.
 */
export const addTicketMessageStep = createStep(
  "add-ticket-message",
  async (input: AddTicketMessageStepInput, { container }) => {
    const ticket = await loadTicket(container, input.id, input.customer_id)
    if (input.author_type === "customer" && ticket.status === "closed") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This ticket is closed: open a new ticket to continue")
    }
    const tickets = ticketService(container)
    const message = await tickets.createTicketMessages({
      ticket_id: ticket.id,
      author_type: input.author_type,
      author_id: input.author_id,
      body: input.body,
      attachments: input.attachments ?? [],
      email_message_id: input.email_message_id ?? null,
    })
    const status = input.author_type === "admin" ? "pending" : "open"
    await tickets.updateTickets({ id: ticket.id, status, closed_at: null, last_message_at: new Date(input.asOf) })
    return new StepResponse(
      { id: ticket.id as string, message_id: message.id as string },
      {
        message_id: message.id as string,
        before: { id: ticket.id, status: ticket.status, closed_at: ticket.closed_at, last_message_at: ticket.last_message_at },
      }
    )
  },
  async (prior, { container }) => {
    if (prior) {
      const tickets = ticketService(container)
      await tickets.deleteTicketMessages(prior.message_id)
      await tickets.updateTickets(prior.before)
    }
  }
)
