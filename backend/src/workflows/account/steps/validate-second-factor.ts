import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { authService, countersService } from "../utils/identity"

/**
 * Proves the customer holds a current second factor: a TOTP or email/SMS
 * code for an enabled factor, or an unused recovery code (consumed).
 */
export const validateSecondFactorStep = createStep(
  "validate-second-factor",
  async (input: { auth_identity_id: string; method: string; code: string }, { container }) => {
    const auth = authService(container)
    const refuse = () => {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The second-factor code is not right.")
    }
    if (input.method === "recovery_code") {
      await auth.useAuthMfaRecoveryCode({ auth_identity_id: input.auth_identity_id, code: input.code }).catch(refuse)
      return new StepResponse({ recovery_code_used: true })
    }
    const [factor] = await auth.listAuthMfa({ auth_identity_id: input.auth_identity_id, provider: input.method, status: "enabled" })
    if (!factor) {
      refuse()
    }
    if (input.method === "totp") {
      const once = await countersService(container).claimOnce(`totp:${input.auth_identity_id}:${input.code}`, 120)
      if (!once) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "That code was already used. Wait for the next one.")
      }
    }
    await auth.verifyAuthMfa({ id: factor.id, code: input.code, auth_identity_id: input.auth_identity_id }).catch(refuse)
    return new StepResponse({ recovery_code_used: false })
  }
)
