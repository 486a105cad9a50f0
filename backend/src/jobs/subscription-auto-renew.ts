import type { MedusaContainer } from "@medusajs/framework/types"
import { autoRenewDue } from "../workflows/subscription"

/** Daily: subscriptions expiring within a day with auto-renew on get their renewal order (catches up on missed days). */
export default async function job(container: MedusaContainer) {
  await autoRenewDue(container, new Date())
}

export const config = { name: "subscription-auto-renew", schedule: "0 23 * * *" }
