import type { InferTypeOf } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type Ticket from "../../../modules/ticket/models/ticket"
import type TicketMessage from "../../../modules/ticket/models/ticket-message"
import { ticketNumber } from "../../../modules/ticket/utils"
import { queueNotificationWorkflow } from "../../notification"
import { getTicketReplyAddressStep } from "../steps"

export type SendTicketNotificationInput = {
  id: string
  kind: "created" | "replied" | "status_changed"
  message_id?: string | null
}

/** The ticket as read below, with its messages. */
type TicketRow = Pick<InferTypeOf<typeof Ticket>, "id" | "display_id" | "subject" | "status" | "customer_id"> & {
  messages?: Pick<InferTypeOf<typeof TicketMessage>, "id" | "author_type" | "body" | "attachments">[] | null
}

const TEMPLATES = { created: "ticket_created", replied: "ticket_replied", status_changed: "ticket_status_changed" } as const

/**
 * The customer's email for a ticket event: the confirmation of a new ticket,
 * an admin's reply (their own replies send nothing), a status change. Keyed
 * on the ticket or message, so a replayed event sends nothing new.
 */
export const sendTicketNotificationWorkflow = createWorkflow(
  "send-ticket-notification",
  (input: SendTicketNotificationInput) => {
    const { data: tickets } = useQueryGraphStep({
      entity: "ticket",
      fields: ["id", "display_id", "subject", "status", "customer_id", "messages.id", "messages.author_type", "messages.body", "messages.attachments"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    // replies to the email join the thread (POST /hooks/email/inbound, or the local SMTP twin)
    const replyTo = getTicketReplyAddressStep(
      transform({ tickets }, ({ tickets }) => {
        // Query's generated types describe the whole model; the fields read here make this row
        const ticket = tickets[0] as unknown as TicketRow
        return { display_id: Number(ticket.display_id) }
      })
    )
    const queued = transform({ input, tickets, replyTo }, ({ input, tickets, replyTo }) => {
      const ticket = tickets[0] as unknown as TicketRow
      const messages = ticket.messages ?? []
      const message = input.message_id ? messages.find((m) => m.id === input.message_id) : null
      if (input.kind === "replied" && message?.author_type !== "admin") {
        return null
      }
      return {
        template: TEMPLATES[input.kind],
        customer_id: ticket.customer_id,
        idempotency_key: `ticket_${input.kind}:${input.kind === "created" ? ticket.id : input.message_id}`,
        data: {
          ticket: { id: ticket.id, number: ticketNumber(ticket.display_id), subject: ticket.subject, status: ticket.status },
          message: message ? { body: message.body, attachment_count: (message.attachments ?? []).length } : null,
          ...(replyTo ? { reply_to: replyTo } : {}),
        },
      }
    })
    const detail = when({ queued }, ({ queued }) => !!queued).then(() =>
      queueNotificationWorkflow.runAsStep({ input: transform({ queued }, ({ queued }) => queued!) })
    )
    return new WorkflowResponse(transform({ detail }, ({ detail }) => detail ?? null))
  }
)
