import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ensureAccountProfileWorkflow } from "../workflows/account"

/** A new customer gets a shopper id (the welcome email waits for the verified email). */
export default async function customerCreatedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await ensureAccountProfileWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "customer.created" }
