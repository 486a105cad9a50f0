import type { MedusaContainer } from "@medusajs/framework/types"
import { runCleanupWorkflow } from "../workflows/cleanup"

/**
 * Sundays 02:00: deletes expired data (old notification log messages, unconfirmed verification
 * codes, failed payment records) and archives old emails; counts per kind in the result. Each run
 * handles everything past its window as of now, so a missed run is caught up by the next.
 */
export default async function cleanupJob(container: MedusaContainer) {
  await runCleanupWorkflow(container).run({ input: { asOf: new Date() } })
}

export const config = { name: "cleanup", schedule: "0 2 * * 0" }
