import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InboundEmail } from "../../../modules/ticket/inbound"
import { validateEmailReplyStep } from "../steps"
import { replyToTicketWorkflow } from "./reply-to-ticket"

export type ReplyToTicketByEmailInput = InboundEmail & { asOf: Date }

/**
 * A reply that came in by email (SendGrid's Inbound Parse hook or the local
 * SMTP twin): checked (signed address, sender, quoted text stripped), then
 * the same reply workflow as the portal's and the admin's, so status and
 * notifications follow alike. A second delivery of one email adds nothing.
 */
export const replyToTicketByEmailWorkflow = createWorkflow("reply-to-ticket-by-email", (input: ReplyToTicketByEmailInput) => {
  const reply = validateEmailReplyStep(input)
  const result = when({ reply }, ({ reply }) => !reply.duplicate).then(() =>
    replyToTicketWorkflow.runAsStep({
      input: transform({ reply, input }, ({ reply, input }) => ({
        id: reply.id,
        customer_id: reply.customer_id,
        author_type: reply.author_type,
        author_id: reply.author_id,
        body: reply.body,
        email_message_id: reply.email_message_id,
        asOf: input.asOf,
      })),
    })
  )
  return new WorkflowResponse(
    transform({ reply, result }, ({ reply, result }) => ({
      id: reply.id,
      message_id: result?.message_id ?? null,
      duplicate: reply.duplicate,
    }))
  )
})
