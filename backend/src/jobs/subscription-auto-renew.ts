import type { MedusaContainer } from "@medusajs/framework/types"
import { autoRenewSubscriptionsWorkflow } from "../workflows/subscription"

/** Daily: subscriptions expiring within a day with auto-renew on are renewed (catches up on missed days). */
export default async function job(container: MedusaContainer) {
  await autoRenewSubscriptionsWorkflow(container).run({ input: { asOf: new Date() } })
}

export const config = { name: "subscription-auto-renew", schedule: "0 23 * * *" }
