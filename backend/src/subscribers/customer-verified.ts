import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendWelcomeNotificationWorkflow } from "../workflows/notification"

/** A verified email earns the welcome email (once per customer). */
export default async function customerVerifiedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendWelcomeNotificationWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "customer.verified" }
