import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { emailAddresses, htmlToText, type InboundEmail, stripQuotedReply } from "../../../modules/ticket/inbound"
import { ticketService } from "./service"

export type ValidateEmailReplyStepInput = InboundEmail

export type EmailReply = {
  id: string
  author_type: "customer" | "admin"
  author_id: string
  /** set for the customer, as the portal's reply route does */
  customer_id?: string
  body: string
  email_message_id: string | null
  /** this email (same Message-ID) was taken before */
  duplicate: boolean
}

/**
 * Checks an inbound email before anything is written: a correctly signed
 * reply address names the ticket, the sender is the ticket's customer (their
 * account or contact email) or an admin user (an admin reply), and something
 * is left once quoted text and signature are stripped. An email whose
 * Message-ID a ticket message already has is marked a duplicate.
 */
export const validateEmailReplyStep = createStep(
  "validate-email-reply",
  async (input: ValidateEmailReplyStepInput, { container }) => {
    const tickets = ticketService(container)
    const number = tickets.ticketNumberFromRecipients(input.to ?? [])
    if (!number) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The email is not addressed to a ticket's reply address")
    }
    const [ticket] = await tickets.listTickets({ display_id: Number(number.slice(4)) - 100000 })
    if (!ticket) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket ${number} was not found`)
    }
    const sender = emailAddresses(input.from)[0]
    if (!sender) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The email has no sender address")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: ticket.customer_id } })
    const customerEmails = [customers[0]?.email, ticket.contact_email].filter(Boolean).map((e) => String(e).toLowerCase())
    let author: Pick<EmailReply, "author_type" | "author_id" | "customer_id"> | null = null
    if (customerEmails.includes(sender)) {
      author = { author_type: "customer", author_id: ticket.customer_id, customer_id: ticket.customer_id }
    } else {
      const [user] = await container.resolve(Modules.USER).listUsers({ email: sender }, { select: ["id"], take: 1 })
      author = user ? { author_type: "admin", author_id: user.id } : null
    }
    if (!author) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${sender} may not reply to ticket ${number}`)
    }
    const messageId = input.message_id?.trim() || null
    const duplicate = messageId
      ? (await tickets.listTicketMessages({ email_message_id: messageId }, { select: ["id"], take: 1 })).length > 0
      : false
    const body = stripQuotedReply(input.text?.trim() ? input.text : htmlToText(input.html ?? ""))
    if (!body && !duplicate) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The reply is empty once quoted text is removed")
    }
    const reply: EmailReply = { id: ticket.id, ...author, body, email_message_id: messageId, duplicate }
    return new StepResponse(reply)
  }
)
