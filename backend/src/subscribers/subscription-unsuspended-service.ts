import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { runServiceActionWorkflow } from "../workflows/provisioning"

/** Unsuspended, or a suspended/expired one renewed: its service runs again (a terminated one is provisioned anew). */
export default async function subscriptionUnsuspendedServiceHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await runServiceActionWorkflow(container).run({
    input: { subscription_id: event.data.id, action: "unsuspend", mode: "lifecycle", requested_by: "system", asOf: new Date() },
  })
}

export const config: SubscriberConfig = { event: "subscription.unsuspended", context: { subscriberId: "subscription-unsuspended-service" } }
