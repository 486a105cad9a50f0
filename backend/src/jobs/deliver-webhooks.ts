import type { MedusaContainer } from "@medusajs/framework/types"
import { deliverDueWebhooksWorkflow } from "../workflows/webhooks"

/** Every minute: webhook retries whose backoff passed, and anything a crashed worker left behind. */
export default async function deliverWebhooksJob(container: MedusaContainer) {
  await deliverDueWebhooksWorkflow(container).run({ input: { asOf: new Date() } })
}

export const config = {
  name: "deliver-webhooks",
  schedule: "* * * * *",
}
