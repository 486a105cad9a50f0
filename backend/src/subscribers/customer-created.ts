import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendWelcomeNotificationWorkflow } from "../workflows/notification"

/** A new customer gets a shopper id and a welcome email. */
export default async function customerCreatedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendWelcomeNotificationWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "customer.created" }
