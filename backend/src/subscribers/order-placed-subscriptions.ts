import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createSubscriptionsForOrderWorkflow } from "../workflows/subscription"

/** Every service bought becomes a subscription, pending until the order is paid (at once when a gateway captured it). */
export default async function orderPlacedSubscriptionsHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await createSubscriptionsForOrderWorkflow(container).run({ input: { order_id: event.data.id, asOf: new Date() } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "order-placed-subscriptions" } }
