import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { authService } from "../utils/identity"

/** Confirms a pending factor with its first code; `enabled_now` on the transition. Can't be undone. */
export const verifyAuthMfaStep = createStep(
  "verify-auth-mfa",
  async (input: { id: string; auth_identity_id: string; code: string }, { container }) => {
    const auth = authService(container)
    const before = await auth.retrieveAuthMfa({ id: input.id, auth_identity_id: input.auth_identity_id })
    const factor = await auth.verifyAuthMfa({ id: input.id, auth_identity_id: input.auth_identity_id, code: input.code })
    return new StepResponse({ factor, enabled_now: before.status !== "enabled" && factor.status === "enabled" })
  }
)
