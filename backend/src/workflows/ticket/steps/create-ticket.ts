import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { TicketAttachment, TicketPriority, TicketSource } from "../../../modules/ticket/utils"
import { ticketService } from "./service"

export type CreateTicketStepInput = {
  customer_id: string
  subject: string
  category?: string
  priority?: TicketPriority
  source: TicketSource
  /** the contact form's sender, as typed (the ticket's customer is their email's guest customer) */
  contact_email?: string | null
  contact_name?: string | null
  body: string
  /** who wrote the first message: the customer, or an admin acting on their behalf */
  author_type: "customer" | "admin"
  author_id: string
  assignee_id?: string | null
  attachments?: TicketAttachment[]
  asOf: Date
}

/** A ticket with its first message, written together (one transaction). Compensation deletes both. */
export const createTicketStep = createStep(
  "create-ticket",
  async (input: CreateTicketStepInput, { container }) => {
    const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: input.customer_id }, { select: ["id"] })
    if (!customer) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Customer with id: ${input.customer_id} was not found`)
    }
    const { ticket, message } = await ticketService(container).openTicket({
      ticket: {
        customer_id: input.customer_id,
        subject: input.subject,
        category: input.category ?? "general",
        priority: input.priority ?? "normal",
        source: input.source,
        contact_email: input.contact_email ?? null,
        contact_name: input.contact_name ?? null,
        status: "open",
        assignee_id: input.assignee_id ?? null,
        last_message_at: new Date(input.asOf),
      },
      message: {
        author_type: input.author_type,
        author_id: input.author_id,
        body: input.body,
        attachments: input.attachments ?? [],
      },
    })
    return new StepResponse({ id: ticket.id as string, message_id: message.id as string }, ticket.id as string)
  },
  async (id, { container }) => {
    if (id) {
      await ticketService(container).deleteTickets(id)
    }
  }
)
