import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WEBHOOK_EVENT_NAMES } from "../modules/webhooks/events"
import { dispatchWebhookEventWorkflow } from "../workflows/webhooks"

/**
 * order.placed, subscription.* and service.* → signed webhooks to the
 * endpoints that take them. The emit time identifies the event, so a
 * replayed one is not sent twice.
 */
export default async function webhookEventsHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await dispatchWebhookEventWorkflow(container).run({
    input: { event_type: event.name, id: event.data.id, occurred_at: event.metadata?.created_at ?? null, asOf: new Date() },
  })
}

export const config: SubscriberConfig = { event: WEBHOOK_EVENT_NAMES, context: { subscriberId: "webhook-events" } }
