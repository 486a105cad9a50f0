import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendTicketNotificationWorkflow } from "../workflows/ticket"

/** ticket.created → the customer's email about it. */
export default async function ticketCreatedHandler({ event, container }: SubscriberArgs<{ id: string; message_id?: string | null }>) {
  await sendTicketNotificationWorkflow(container).run({ input: { id: event.data.id, kind: "created", message_id: event.data.message_id ?? null } })
}

export const config: SubscriberConfig = { event: "ticket.created" }
