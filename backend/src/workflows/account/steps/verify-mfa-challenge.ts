import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accountService, authService, customerForIdentity } from "../utils/identity"
import type { RequestContext } from "./types"

/**
 * Medusa's second sign-in step: the code against the challenge of the
 * identity that passed the first. A wrong code of a customer is recorded
 * (the step still fails, so the record is all that is left of it). The
 * challenge can't be reopened: nothing to undo.
 */
export const verifyMfaChallengeStep = createStep(
  "verify-mfa-challenge",
  async (input: { id: string; method: string; code: string; auth_identity_id: string; customer: boolean } & RequestContext, { container }) => {
    const auth = authService(container)
    const challenge = await auth.verifyAuthMfaChallenge({ id: input.id, method: input.method, code: input.code, auth_identity_id: input.auth_identity_id }).catch(
      async (e: unknown) => {
        if (input.customer) {
          const { customer_id } = await customerForIdentity(container, input.auth_identity_id).catch(() => ({ customer_id: null }))
          await accountService(container).recordSecurityEvent({
            type: "code_failed",
            customer_id,
            auth_identity_id: input.auth_identity_id,
            ip: input.ip,
            user_agent: input.user_agent,
            data: { purpose: "second_factor", method: input.method },
          })
        }
        throw e
      }
    )
    const { auth_identity_id, auth_provider, completed_at } = challenge as { auth_identity_id?: string; auth_provider?: string | null; completed_at?: Date | string | null }
    if (!auth_identity_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "MFA challenge is missing an auth identity")
    }
    return new StepResponse({ auth_identity_id, auth_provider: auth_provider ?? null, completed_at: completed_at ?? null })
  }
)
