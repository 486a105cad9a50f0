import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { authService, EMAIL_PROVIDER, normalizeEmail } from "../utils/identity"

/** Sets a new password on the customer's email + password identity (cannot be undone: comes last). */
export const setPasswordStep = createStep(
  "set-password",
  async (input: { email: string; password: string }, { container }) => {
    const result = await authService(container).updateProvider(EMAIL_PROVIDER, {
      entity_id: normalizeEmail(input.email),
      password: input.password,
    })
    if (!result.success) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, result.error ?? "The password could not be changed")
    }
    return new StepResponse(true)
  }
)
