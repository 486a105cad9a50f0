import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AccountEvents } from "../workflows/account"
import { sendAccountExistsNotificationWorkflow } from "../workflows/notification"

/** Someone registered with an address that has an account: its owner is told by email. */
export default async function customerRegisteredAgainHandler({ event, container }: SubscriberArgs<{ id: string | null; email: string; at: string }>) {
  await sendAccountExistsNotificationWorkflow(container).run({ input: { customer_id: event.data.id, email: event.data.email, at: event.data.at } })
}

export const config: SubscriberConfig = { event: AccountEvents.REGISTERED_AGAIN }
