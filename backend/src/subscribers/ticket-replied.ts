import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendTicketNotificationWorkflow } from "../workflows/ticket"

/** ticket.replied → the customer's email about it. */
export default async function ticketRepliedHandler({ event, container }: SubscriberArgs<{ id: string; message_id?: string | null }>) {
  await sendTicketNotificationWorkflow(container).run({ input: { id: event.data.id, kind: "replied", message_id: event.data.message_id ?? null } })
}

export const config: SubscriberConfig = { event: "ticket.replied" }
