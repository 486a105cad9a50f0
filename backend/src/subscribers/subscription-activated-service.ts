import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { provisionServiceWorkflow } from "../workflows/provisioning"

/** A paid subscription gets its running service (once per subscription). */
export default async function subscriptionActivatedServiceHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await provisionServiceWorkflow(container).run({ input: { subscription_id: event.data.id, asOf: new Date() } })
}

export const config: SubscriberConfig = { event: "subscription.activated", context: { subscriberId: "subscription-activated-service" } }
