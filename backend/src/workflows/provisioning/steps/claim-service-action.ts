import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ClaimedAction } from "../../../modules/provisioning/service"
import { provisioningService } from "./service"

/**
 * Starts an attempt of the action if it is due (or, `force`, failed): an
 * atomic claim, so two workers or a replayed event never run one action
 * twice. Null when someone else has it or it is done. The compensation
 * puts the action back as it was.
 */
export const claimServiceActionStep = createStep(
  "claim-service-action",
  async (input: { id: string | null; asOf: Date; force?: boolean }, { container }) => {
    if (!input.id) {
      return new StepResponse(null as ClaimedAction | null, null as ClaimedAction | null)
    }
    const claim = await provisioningService(container).claimAction(input.id, new Date(input.asOf), { force: input.force })
    return new StepResponse(claim, claim)
  },
  async (claim, { container }) => {
    if (claim) {
      await provisioningService(container).releaseClaim(claim)
    }
  }
)
