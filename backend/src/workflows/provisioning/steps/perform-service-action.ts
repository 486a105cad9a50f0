import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ClaimedAction, RecordedOutcome } from "../../../modules/provisioning/service"
import { provisioningService } from "./service"

/**
 * Calls the provider for a claimed action and records what came of it.
 * Irreversible (the provider acted), so it comes last before the events and
 * has no compensation; a provider failure is not an error of the workflow
 * but a recorded attempt the job retries.
 */
export const performServiceActionStep = createStep(
  "perform-service-action",
  async (input: { claim: ClaimedAction | null; asOf: Date }, { container }) => {
    if (!input.claim) {
      return new StepResponse(null as RecordedOutcome | null)
    }
    const provisioning = provisioningService(container)
    const outcome = await provisioning.performAction(input.claim.id)
    const recorded = await provisioning.recordOutcome(input.claim.id, outcome, new Date(input.asOf))
    if (outcome.status === "failed") {
      container
        .resolve("logger")
        .warn(`Service action ${input.claim.id} (${input.claim.action} of ${input.claim.service_id}) failed, attempt ${input.claim.attempts}: ${outcome.error}`)
    }
    return new StepResponse(recorded)
  }
)
