import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deliverDueWebhooksWorkflow } from "../workflows/webhooks"

/** Every minute: webhook retries whose backoff passed, and anything a crashed worker left behind. */
export default async function deliverWebhooksJob(container: MedusaContainer) {
  const asOf = new Date()
  // one line per run (debug level): `npm run drill` counts them to prove one run per tick across workers
  container.resolve(ContainerRegistrationKeys.LOGGER).debug(`job deliver-webhooks ran as of ${asOf.toISOString()}`)
  await deliverDueWebhooksWorkflow(container).run({ input: { asOf } })
}

export const config = {
  name: "deliver-webhooks",
  schedule: "* * * * *",
}
