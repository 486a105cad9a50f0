import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { authService } from "../utils/identity"

/** Medusa's verification code check (email confirmation and others). A confirmed code can't be undone. */
export const confirmAuthVerificationStep = createStep(
  "confirm-auth-verification",
  async (input: { auth_identity_id?: string | null; code: string; code_provider?: string }, { container }) => {
    const result = await authService(container).confirmAuthVerification({
      auth_identity_id: input.auth_identity_id ?? undefined,
      code: input.code,
      code_provider: input.code_provider,
    })
    return new StepResponse({
      entity_id: result.entity_id,
      entity_type: result.entity_type,
      code_provider: result.code_provider,
      verified_at: result.verified_at,
    })
  }
)
