import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type InboundEmail, TICKET_EMAIL_RECEIVED_EVENT } from "../modules/ticket/inbound"
import { replyToTicketByEmailWorkflow } from "../workflows/ticket"

/** ticket.email_received (the local SMTP twin took an email) → the reply in its ticket, as the inbound hook does (a refusal is bounced and logged). */
export default async function ticketEmailReceivedHandler({ event, container }: SubscriberArgs<InboundEmail>) {
  const { result } = await replyToTicketByEmailWorkflow(container).run({ input: { ...event.data, asOf: new Date() } })
  if (result.refusal) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Inbound email from ${event.data.from} refused: ${result.refusal.message}`)
  }
}

export const config: SubscriberConfig = { event: TICKET_EMAIL_RECEIVED_EVENT }
