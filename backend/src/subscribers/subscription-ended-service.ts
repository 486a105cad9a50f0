import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { retireServiceWorkflow } from "../workflows/provisioning"

/** Cancelled (also at once, by a refund) or expired: the service stops and is terminated after the retention days. */
export default async function subscriptionEndedServiceHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await retireServiceWorkflow(container).run({ input: { subscription_id: event.data.id, asOf: new Date() } })
}

export const config: SubscriberConfig = {
  event: ["subscription.cancelled", "subscription.expired"],
  context: { subscriberId: "subscription-ended-service" },
}
