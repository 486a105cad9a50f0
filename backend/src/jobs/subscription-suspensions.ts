import type { MedusaContainer } from "@medusajs/framework/types"
import { suspendLapsedSubscriptionsWorkflow } from "../workflows/subscription"

/** Daily: lapsed subscriptions past their grace days are suspended (catches up on missed days). */
export default async function job(container: MedusaContainer) {
  await suspendLapsedSubscriptionsWorkflow(container).run({ input: { asOf: new Date() } })
}

export const config = { name: "subscription-suspensions", schedule: "30 0 * * *" }
