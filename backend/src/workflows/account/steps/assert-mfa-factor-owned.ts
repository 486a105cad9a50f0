import type { FilterableAuthMfaProps } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { authService } from "../utils/identity"

/** The factor is the identity's own: anyone else's id answers as one that does not exist, before any password or code is looked at. */
export const assertFactorOwnedStep = createStep(
  "assert-mfa-factor-owned",
  async (input: { auth_identity_id: string; factor_id: string }, { container }) => {
    // Medusa types the `id` filter as string[] only; the module's list filter takes a single id as well
    const filters = { id: input.factor_id, auth_identity_id: input.auth_identity_id } as unknown as FilterableAuthMfaProps
    const factors = await authService(container).listAuthMfa(filters)
    if (!factors.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `MFA factor with id: ${input.factor_id} was not found`)
    }
    return new StepResponse(true)
  }
)
