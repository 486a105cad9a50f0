import type { MedusaContainer } from "@medusajs/framework/types"
import { sendSubscriptionRemindersWorkflow } from "../workflows/subscription"

/** Daily: 7/3/1-day expiry reminders (catches up on missed days). */
export default async function job(container: MedusaContainer) {
  await sendSubscriptionRemindersWorkflow(container).run({ input: { asOf: new Date() } })
}

export const config = { name: "subscription-reminders", schedule: "0 0 * * *" }
