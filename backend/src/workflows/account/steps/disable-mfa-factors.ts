import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { authService } from "../utils/identity"

/** Turns factors off (all of them when no id is given); compensation can't re-enable, so it runs late. */
export const disableFactorsStep = createStep(
  "disable-mfa-factors",
  async (input: { auth_identity_id: string; factor_id?: string | null }, { container }) => {
    const auth = authService(container)
    const factors = await auth.listAuthMfa({ auth_identity_id: input.auth_identity_id, status: ["enabled", "pending"] })
    const targets = input.factor_id ? factors.filter((f) => f.id === input.factor_id) : factors
    if (input.factor_id && !targets.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `MFA factor with id: ${input.factor_id} was not found`)
    }
    for (const factor of targets) {
      await auth.disableAuthMfa({ id: factor.id })
    }
    const remaining = factors.filter((f) => f.status === "enabled" && !targets.some((t) => t.id === f.id)).length
    return new StepResponse({ disabled: targets.map((f) => f.provider as string), remaining })
  }
)
