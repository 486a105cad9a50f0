import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { authService } from "../utils/identity"

/**
 * New recovery codes (the old ones stop working), only with an enabled
 * factor (400 otherwise). The codes are shown once: the last write.
 */
export const generateRecoveryCodesStep = createStep(
  "generate-recovery-codes",
  async (input: { auth_identity_id: string; count?: number }, { container }) => {
    const auth = authService(container)
    const factors = await auth.listAuthMfa({ auth_identity_id: input.auth_identity_id, status: "enabled" })
    if (!factors.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Recovery codes require an enabled MFA factor")
    }
    const { codes } = await auth.generateAuthMfaRecoveryCodes({ auth_identity_id: input.auth_identity_id, count: input.count })
    return new StepResponse(codes as string[])
  }
)
