import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { deliverNotificationWorkflow, NOTIFICATION_QUEUED_EVENT } from "../workflows/notification"

/** The worker delivers a queued message as soon as it is recorded. */
export default async function notificationQueuedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await deliverNotificationWorkflow(container).run({ input: { id: event.data.id, asOf: new Date() } })
}

export const config: SubscriberConfig = { event: NOTIFICATION_QUEUED_EVENT }
