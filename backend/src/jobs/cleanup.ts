import type { MedusaContainer } from "@medusajs/framework/types"
import { runCleanupWorkflow } from "../workflows/cleanup"

/** Sundays 02:00: deletes expired data (old notification log messages); counts per kind in the result. */
export default async function cleanupJob(container: MedusaContainer) {
  await runCleanupWorkflow(container).run({ input: { asOf: new Date() } })
}

export const config = { name: "cleanup", schedule: "0 2 * * 0" }
