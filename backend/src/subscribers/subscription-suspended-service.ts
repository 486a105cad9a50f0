import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { runServiceActionWorkflow } from "../workflows/provisioning"

/** A suspended subscription's service is suspended (once per suspension). */
export default async function subscriptionSuspendedServiceHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await runServiceActionWorkflow(container).run({
    input: { subscription_id: event.data.id, action: "suspend", mode: "lifecycle", requested_by: "system", asOf: new Date() },
  })
}

export const config: SubscriberConfig = { event: "subscription.suspended", context: { subscriberId: "subscription-suspended-service" } }
