import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findOrCreateGuestCustomerStep } from "../../cart"
import { createTicketWorkflow } from "./create-ticket"

export type CreateContactTicketInput = {
  name: string
  email: string
  subject: string
  message: string
  asOf: Date
}

/**
 * The public contact form becomes a ticket (source `contact`) without an
 * account: it belongs to the email's guest customer (never a registered
 * customer's account, which nobody can write into by typing their email),
 * keeps the name and email as typed, and the sender gets the usual ticket
 * confirmation (ticket.created, emitted by the ticket workflow).
 */
export const createContactTicketWorkflow = createWorkflow("create-contact-ticket", (input: CreateContactTicketInput) => {
  const guest = findOrCreateGuestCustomerStep(transform({ input }, ({ input }) => ({ email: input.email })))
  const ticket = createTicketWorkflow.runAsStep({
    input: transform({ input, guest }, ({ input, guest }) => ({
      customer_id: guest.id,
      subject: input.subject,
      category: "general",
      source: "contact" as const,
      contact_email: input.email,
      contact_name: input.name,
      body: input.message,
      author_type: "customer" as const,
      author_id: guest.id,
      asOf: input.asOf,
    })),
  })
  return new WorkflowResponse(ticket)
})
