import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { deliverServiceWorkflow } from "../workflows/provisioning"

/** A service that runs fulfills its order line and emails the customer how to connect. */
export default async function serviceActiveDeliveryHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await deliverServiceWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = { event: "service.active", context: { subscriberId: "service-active-delivery" } }
