import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { passwordProblem } from "../../../lib/password-policy"

/** Refuses a password that breaks the rules (400 with the rule it broke). */
export const validatePasswordStep = createStep(
  "validate-password",
  async (input: { password: string; email?: string | null }) => {
    const problem = passwordProblem(input.password, input.email)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    return new StepResponse(true)
  }
)
