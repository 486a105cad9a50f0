import type { MedusaContainer } from "@medusajs/framework/types"
import { deliverDueNotificationsWorkflow } from "../workflows/notification"

/**
 * Every minute: messages queued in bulk (a lifecycle page of reminders), retries whose
 * backoff passed, and anything a crashed worker left behind.
 */
export default async function deliverNotificationsJob(container: MedusaContainer) {
  await deliverDueNotificationsWorkflow(container).run({ input: { asOf: new Date() } })
}

export const config = {
  name: "deliver-notifications",
  schedule: "* * * * *",
}
