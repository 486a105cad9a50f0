import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { passwordMatches } from "../utils/identity"

/** The customer's current password must be right (401 otherwise). */
export const validateCurrentPasswordStep = createStep(
  "validate-current-password",
  async (input: { email: string; password: string }, { container }) => {
    if (!(await passwordMatches(container, input.email, input.password))) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "The password is not right.")
    }
    return new StepResponse(true)
  }
)
