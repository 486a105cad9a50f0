import type { MedusaContainer } from "@medusajs/framework/types"
import { deliverDueNotificationsWorkflow } from "../workflows/notification"

/**
 * Every minute: messages queued in bulk (a lifecycle page of reminders), retries whose
 * backoff passed, and anything a crashed worker left "sending" longer than
 * NOTIFICATION_SENDING_TIMEOUT_SECONDS (60 s): such a message goes out again within two
 * minutes. Each message is claimed with one conditional UPDATE, so overlapping runs (or
 * two workers) send it once.
 */
export default async function deliverNotificationsJob(container: MedusaContainer) {
  await deliverDueNotificationsWorkflow(container).run({ input: { asOf: new Date() } })
}

export const config = {
  name: "deliver-notifications",
  schedule: "* * * * *",
}
