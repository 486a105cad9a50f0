import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { authService } from "../utils/identity"

/** Medusa's factor removal for admins: method + code; `disabled_now` on the transition. Can't be undone. */
export const disableAuthMfaStep = createStep(
  "disable-auth-mfa",
  async (input: { id: string; auth_identity_id: string; method?: string; code?: string }, { container }) => {
    const auth = authService(container)
    const before = await auth.retrieveAuthMfa({ id: input.id, auth_identity_id: input.auth_identity_id })
    const factor = await auth.disableAuthMfa({ id: input.id, method: input.method, code: input.code })
    return new StepResponse({ factor, disabled_now: before.status !== "disabled" && factor.status === "disabled" })
  }
)
