import type { MedusaContainer } from "@medusajs/framework/types"
import { runDueServiceWork } from "../workflows/provisioning"

/** Every minute: service actions due for a retry (backoff passed, or lost while running), then terminations whose retention is over. */
export default async function serviceActionsJob(container: MedusaContainer) {
  await runDueServiceWork(container, new Date())
}

export const config = { name: "service-actions", schedule: "* * * * *" }
