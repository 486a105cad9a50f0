import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { emailAddresses, htmlToText, type InboundEmail, stripQuotedReply } from "../../../modules/ticket/inbound"
import { ticketNumber } from "../../../modules/ticket/utils"
import { ticketService } from "./service"

export type CheckEmailReplyStepInput = InboundEmail

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

/** Why a reply was not added (what the sender's bounce explains). */
export type EmailReplyRefusalReason = "not_a_ticket_address" | "unknown_ticket" | "no_sender" | "unknown_sender" | "closed" | "empty"

export type EmailReplyRefusal = {
  reason: EmailReplyRefusalReason
  /** the MedusaError the hook answers with */
  type: (typeof MedusaError.Types)[keyof typeof MedusaError.Types]
  message: string
  /** the ticket it was meant for, when known */
  ticket: { id: string; number: string; subject: string } | null
  /** where to tell the sender, or null (auto-replies, bounces, our own addresses: no mail loops) */
  bounce_to: string | null
}

export type EmailReplyCheck = { reply: EmailReply; refusal: null } | { reply: null; refusal: EmailReplyRefusal }

/**
 * Checks an inbound email before anything is written: a correctly signed
 * reply address names the ticket, the sender is the ticket's customer (their
 * account or contact email) or an admin user (an admin reply), a customer's
 * ticket is not closed, and something is left once quoted text and signature
 * are stripped. An email whose Message-ID a ticket message already has is
 * marked a duplicate. A refused email comes back as a refusal (the workflow
 * bounces it to the sender and the hook answers with its error), not thrown.
 */
export const checkEmailReplyStep = createStep(
  "check-email-reply",
  async (input: CheckEmailReplyStepInput, { container }) => {
    const tickets = ticketService(container)
    const refuse = (
      reason: EmailReplyRefusalReason,
      type: EmailReplyRefusal["type"],
      message: string,
      ticket: { id: string; display_id: number; subject: string } | null = null
    ): StepResponse<EmailReplyCheck> =>
      new StepResponse({
        reply: null,
        refusal: {
          reason,
          type,
          message,
          ticket: ticket ? { id: ticket.id, number: ticketNumber(ticket.display_id), subject: ticket.subject } : null,
          bounce_to: tickets.bounceAddress(input),
        },
      })

    const number = tickets.ticketNumberFromRecipients(input.to ?? [])
    if (!number) {
      return refuse("not_a_ticket_address", MedusaError.Types.NOT_ALLOWED, "The email is not addressed to a ticket's reply address")
    }
    const [ticket] = await tickets.listTickets({ display_id: Number(number.slice(4)) - 100000 })
    if (!ticket) {
      return refuse("unknown_ticket", MedusaError.Types.NOT_FOUND, `Ticket ${number} was not found`)
    }
    const sender = emailAddresses(input.from)[0]
    if (!sender) {
      return refuse("no_sender", MedusaError.Types.INVALID_DATA, "The email has no sender address", ticket)
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
      return refuse("unknown_sender", MedusaError.Types.NOT_ALLOWED, `${sender} may not reply to ticket ${number}`, ticket)
    }
    const messageId = input.message_id?.trim() || null
    const duplicate = messageId
      ? (await tickets.listTicketMessages({ email_message_id: messageId }, { select: ["id"], take: 1 })).length > 0
      : false
    if (!duplicate && author.author_type === "customer" && ticket.status === "closed") {
      return refuse("closed", MedusaError.Types.NOT_ALLOWED, "This ticket is closed: open a new ticket to continue", ticket)
    }
    const body = stripQuotedReply(input.text?.trim() ? input.text : htmlToText(input.html ?? ""))
    if (!body && !duplicate) {
      return refuse("empty", MedusaError.Types.INVALID_DATA, "The reply is empty once quoted text is removed", ticket)
    }
    const reply: EmailReply = { id: ticket.id, ...author, body, email_message_id: messageId, duplicate }
    return new StepResponse<EmailReplyCheck>({ reply, refusal: null })
  }
)
