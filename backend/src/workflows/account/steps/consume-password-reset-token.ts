import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { authService, EMAIL_PROVIDER } from "../utils/identity"

export const RESET_LINK_SPENT = "This reset link was already used or has expired. Ask for a new one."

/**
 * Spends a reset link's single-use token (Medusa's token row, stored
 * hashed): 401 when it was used, expired or belongs to another email. A
 * spent token can't be restored.
 */
export const consumePasswordResetTokenStep = createStep(
  "consume-password-reset-token",
  async (input: { jti: string; email: string }, { container }) => {
    await authService(container)
      .consumePasswordResetToken({ jti: input.jti, provider: EMAIL_PROVIDER, entity_id: input.email })
      .catch(() => {
        throw new MedusaError(MedusaError.Types.UNAUTHORIZED, RESET_LINK_SPENT)
      })
    return new StepResponse(true)
  }
)
