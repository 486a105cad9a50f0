import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { type InboundEmail, TICKET_EMAIL_RECEIVED_EVENT } from "../modules/ticket/inbound"
import { replyToTicketByEmailWorkflow } from "../workflows/ticket"

/** ticket.email_received (the local SMTP twin took an email) → the reply in its ticket, as the inbound hook does. */
export default async function ticketEmailReceivedHandler({ event, container }: SubscriberArgs<InboundEmail>) {
  await replyToTicketByEmailWorkflow(container).run({ input: { ...event.data, asOf: new Date() } })
}

export const config: SubscriberConfig = { event: TICKET_EMAIL_RECEIVED_EVENT }
