import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { provisioningService } from "./steps/service"
import { retryServiceActionWorkflow, runServiceActionWorkflow } from "./workflows"

const PAGE_SIZE = 100

/**
 * The service-actions job as of a date: every action due for a retry (or
 * running past its deadline) gets an attempt, then every service whose
 * retention is over is terminated; one workflow run each, paged by id (a
 * missed run catches up). Safe on several workers at once: each attempt
 * starts with an atomic claim.
 */
export async function runDueServiceWork(container: MedusaContainer, asOf: Date): Promise<{ retried: number; terminated: number }> {
  const provisioning = provisioningService(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let retried = 0
  let terminated = 0
  for (let after: string | undefined; ; ) {
    const ids = await provisioning.listDueActionIds(asOf, { after, limit: PAGE_SIZE })
    if (!ids.length) {
      break
    }
    for (const id of ids) {
      try {
        const { result } = await retryServiceActionWorkflow(container).run({ input: { id, asOf } })
        retried += result.ran ? 1 : 0
      } catch (e) {
        logger.error(`Service action ${id} could not be retried: ${(e as Error).message}`)
      }
    }
    after = ids[ids.length - 1]
  }
  for (let after: string | undefined; ; ) {
    const ids = await provisioning.listDueTerminationIds(asOf, { after, limit: PAGE_SIZE })
    if (!ids.length) {
      break
    }
    for (const id of ids) {
      try {
        const { result } = await runServiceActionWorkflow(container).run({
          input: { service_id: id, action: "terminate", mode: "lifecycle", requested_by: "system", asOf },
        })
        terminated += result.ran ? 1 : 0
      } catch (e) {
        logger.error(`Service ${id} could not be terminated: ${(e as Error).message}`)
      }
    }
    after = ids[ids.length - 1]
  }
  return { retried, terminated }
}
