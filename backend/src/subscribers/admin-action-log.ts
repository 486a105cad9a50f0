import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordAdminEventWorkflow } from "../workflows/backoffice"
import { adminRequestOf } from "../workflows/backoffice/utils/admin-event-actions"

/**
 * The admin action log: every domain event an admin's request caused —
 * Medusa's (`product.updated`…) and ours (`customer_note.created`…) — is
 * recorded with the admin and address its request stamped on it.
 */
export default async function adminActionLogHandler({ event, container }: SubscriberArgs<unknown>) {
  if (!adminRequestOf(event.metadata)) {
    return
  }
  await recordAdminEventWorkflow(container).run({ input: { name: event.name, data: event.data, metadata: event.metadata } })
}

export const config: SubscriberConfig = { event: "*", context: { subscriberId: "admin-action-log" } }
