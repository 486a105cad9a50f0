import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { REALTIME_NOTIFICATION_EVENTS } from "../lib/realtime-notifications"
import { pushRealtimeNotificationsWorkflow } from "../workflows/notification"

/**
 * Ticket answered or opened, chat waiting, payment received or failed,
 * subscription state changed, service ready → a `notification` socket event
 * to the customer concerned and/or every admin. Runs where events are handled
 * (a worker, or the one shared process) and reaches sockets on every server
 * instance through the socket.io Redis emitter, as chat-realtime does.
 */
export default async function realtimeNotificationsHandler({ event, container }: SubscriberArgs<{ id: string; message_id?: string | null }>) {
  await pushRealtimeNotificationsWorkflow(container).run({ input: { event: event.name, data: event.data, asOf: new Date() } })
}

export const config: SubscriberConfig = {
  event: [...REALTIME_NOTIFICATION_EVENTS],
  context: { subscriberId: "realtime-notifications" },
}
