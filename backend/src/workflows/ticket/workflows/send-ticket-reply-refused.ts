import { createHash } from "node:crypto"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InboundEmail } from "../../../modules/ticket/inbound"
import { queueNotificationWorkflow } from "../../notification"
import { type EmailReplyRefusal, type EmailReplyRefusalReason, limitReplyBouncesStep } from "../steps"

export type SendTicketReplyRefusedInput = { email: InboundEmail; refusal: EmailReplyRefusal; asOf: Date | string }

/** Why, and what to do instead, as the bounce says it. */
const EXPLAIN: Record<EmailReplyRefusalReason, { reason: string; action: string }> = {
  not_a_ticket_address: {
    reason: "The address it was sent to is not a valid reply address of one of your tickets (it may be mistyped or out of date).",
    action: "Open the ticket in your account and reply there, or reply to the latest email we sent you about it.",
  },
  unknown_ticket: {
    reason: "The ticket it was sent to does not exist.",
    action: "Open your tickets in your account and reply there, or open a new ticket.",
  },
  no_sender: { reason: "It had no sender address.", action: "Reply from the email address of your account." },
  unknown_sender: {
    reason: "It came from an address that is not on file for this ticket.",
    action: "Reply from the email address of your account, or open the ticket in your account and reply there.",
  },
  closed: {
    reason: "The ticket is closed and takes no more replies.",
    action: "Open a new ticket in your account; you can mention the number of the closed one.",
  },
  empty: {
    reason: "Nothing was left of it once the quoted earlier messages were removed.",
    action: "Write your reply above the quoted text, or reply in your account.",
  },
}

/**
 * Tells the sender of a refused emailed reply why it was not added and what
 * to do, through the notification log (template ticket_reply_refused). Not
 * when bouncing could loop (no bounce_to: auto-replies, bounces, our own
 * addresses) nor past REPLY_BOUNCES_PER_HOUR to one address; one bounce per
 * email (keyed on its Message-ID, or its content without one), so redelivered
 * emails send nothing new. Queuing the email is the last step.
 */
export const sendTicketReplyRefusedWorkflow = createWorkflow(
  "send-ticket-reply-refused",
  (input: SendTicketReplyRefusedInput) => {
    const bounce = transform({ input }, ({ input }) => {
      const { email, refusal } = input
      const key = email.message_id?.trim() || createHash("sha256").update(JSON.stringify([email.from, email.to, email.subject, email.text, email.html])).digest("hex")
      return refusal.bounce_to
        ? {
            to: refusal.bounce_to,
            idempotency_key: `ticket_reply_refused:${createHash("sha256").update(`${refusal.bounce_to}\n${key}`).digest("hex")}`,
            data: {
              reason_code: refusal.reason,
              ...EXPLAIN[refusal.reason],
              original_subject: email.subject ?? null,
              ticket: refusal.ticket,
              // sent with Auto-Submitted: auto-replied, so the sender's robots don't answer it
              auto_submitted: "auto-replied",
            },
          }
        : null
    })
    const allowed = when("bounce-address", { bounce }, ({ bounce }) => !!bounce).then(() =>
      limitReplyBouncesStep(transform({ bounce, input }, ({ bounce, input }) => ({ to: bounce!.to, idempotency_key: bounce!.idempotency_key, asOf: input.asOf })))
    )
    // the bounce email: last, it cannot be unsent
    const detail = when("bounce-allowed", { allowed }, ({ allowed }) => !!allowed).then(() =>
      queueNotificationWorkflow.runAsStep({
        input: transform({ bounce }, ({ bounce }) => ({ template: "ticket_reply_refused", ...bounce! })),
      })
    )
    return new WorkflowResponse(transform({ detail }, ({ detail }) => detail ?? null))
  }
)
