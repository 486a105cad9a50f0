import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { countersService } from "../utils/identity"

export const CODE_ALREADY_USED = "That code was already used. Wait for the next one."

/**
 * A one-time code is accepted once (a TOTP code stays valid for its 30 s
 * step and the next): 400 when it was claimed already. Compensation gives
 * the claim back, so a code the provider refuses can be typed again.
 */
export const claimOneTimeCodeStep = createStep(
  "claim-one-time-code",
  async (input: { key: string | null }, { container }) => {
    if (!input.key) {
      return new StepResponse(null, null)
    }
    if (!(await countersService(container).claimOnce(input.key, 120))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, CODE_ALREADY_USED)
    }
    return new StepResponse(input.key, input.key)
  },
  async (key, { container }) => {
    if (key) {
      await countersService(container).releaseClaim(key)
    }
  }
)
