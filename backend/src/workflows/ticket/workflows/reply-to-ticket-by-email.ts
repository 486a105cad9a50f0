import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InboundEmail } from "../../../modules/ticket/inbound"
import { checkEmailReplyStep } from "../steps"
import { replyToTicketWorkflow } from "./reply-to-ticket"
import { sendTicketReplyRefusedWorkflow } from "./send-ticket-reply-refused"

export type ReplyToTicketByEmailInput = InboundEmail & { asOf: Date }

/**
 * A reply that came in by email (SendGrid's Inbound Parse hook or the local
 * SMTP twin): checked (signed address, sender, open ticket, quoted text
 * stripped), then the same reply workflow as the portal's and the admin's, so
 * status and notifications follow alike. A second delivery of one email adds
 * nothing. A refused reply is bounced to its sender with the reason (never to
 * auto-replies, bounces or our own addresses) and comes back as `refusal`.
 */
export const replyToTicketByEmailWorkflow = createWorkflow("reply-to-ticket-by-email", (input: ReplyToTicketByEmailInput) => {
  const check = checkEmailReplyStep(input)
  const result = when("reply-accepted", { check }, ({ check }) => !!check.reply && !check.reply.duplicate).then(() =>
    replyToTicketWorkflow.runAsStep({
      input: transform({ check, input }, ({ check, input }) => ({
        id: check.reply!.id,
        customer_id: check.reply!.customer_id,
        author_type: check.reply!.author_type,
        author_id: check.reply!.author_id,
        body: check.reply!.body,
        email_message_id: check.reply!.email_message_id,
        asOf: input.asOf,
      })),
    })
  )
  when("reply-refused", { check }, ({ check }) => !!check.refusal).then(() =>
    sendTicketReplyRefusedWorkflow.runAsStep({
      input: transform({ check, input }, ({ check, input }) => {
        const { asOf, ...email } = input
        return { email, refusal: check.refusal!, asOf }
      }),
    })
  )
  return new WorkflowResponse(
    transform({ check, result }, ({ check, result }) => ({
      id: check.reply?.id ?? check.refusal?.ticket?.id ?? null,
      message_id: result?.message_id ?? null,
      duplicate: check.reply?.duplicate ?? false,
      refusal: check.refusal ? { reason: check.refusal.reason, type: check.refusal.type, message: check.refusal.message } : null,
    }))
  )
})
