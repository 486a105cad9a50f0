import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CODE_MAX_ATTEMPTS, CODE_TTL_SECONDS } from "../../../lib/one-time-codes"
import { EMAIL_CODE_REFUSALS } from "../../../modules/auth-email-code/service"
import { accountService, authService, countersService, customerForIdentity, EMAIL_CODE_PROVIDER, identityForEmail } from "../utils/identity"
import { shadowCodeRefusal } from "../utils/account-counters"
import type { RequestContext } from "./types"

/**
 * Checks an emailed code for an address (Medusa's verification provider
 * counts the tries). A wrong code is recorded. Unknown addresses and
 * addresses already verified (whose code is spent: Medusa's provider would
 * accept any code for them) get the same refusal as a wrong code, so the
 * answer never tells which emails have an account.
 */
export const confirmEmailCodeStep = createStep(
  "confirm-email-code",
  async (input: { email?: string; auth_identity_id?: string; code: string; asOf: Date } & RequestContext, { container }) => {
    const identity = input.auth_identity_id
      ? { auth_identity_id: input.auth_identity_id, ...(await customerForIdentity(container, input.auth_identity_id)) }
      : await identityForEmail(container, input.email ?? "")
    const refuseLikeAPendingCode = async () => {
      const refusal = await shadowCodeRefusal(countersService(container), input.email ?? "", {
        ttlSeconds: CODE_TTL_SECONDS,
        maxAttempts: CODE_MAX_ATTEMPTS,
      }, new Date(input.asOf).getTime())
      return new MedusaError(MedusaError.Types.NOT_ALLOWED, EMAIL_CODE_REFUSALS[refusal])
    }
    if (!identity) {
      throw await refuseLikeAPendingCode()
    }
    const auth = authService(container)
    const verifications = await auth.listAuthVerifications({ auth_identity_id: identity.auth_identity_id, entity_type: "email" })
    if (verifications.some((v) => v.verified_at)) {
      await accountService(container).recordSecurityEvent({
        type: "code_failed",
        customer_id: identity.customer_id,
        auth_identity_id: identity.auth_identity_id,
        ip: input.ip,
        user_agent: input.user_agent,
        data: { purpose: "email_verification", reason: "already verified" },
      })
      throw await refuseLikeAPendingCode()
    }
    let verifiedAt: Date | null = null
    let failure: Error | null = null
    await auth
      .confirmAuthVerification({ auth_identity_id: identity.auth_identity_id, code: input.code, code_provider: EMAIL_CODE_PROVIDER })
      .then((v) => {
        verifiedAt = v.verified_at ? new Date(v.verified_at) : new Date(input.asOf)
      })
      .catch((e: Error) => {
        failure = e
      })
    await accountService(container).recordSecurityEvent({
      type: failure ? "code_failed" : "code_confirmed",
      customer_id: identity.customer_id,
      auth_identity_id: identity.auth_identity_id,
      ip: input.ip,
      user_agent: input.user_agent,
      data: { purpose: "email_verification", ...(failure ? { reason: (failure as Error).message } : {}) },
    })
    if (failure) {
      throw failure
    }
    return new StepResponse({ auth_identity_id: identity.auth_identity_id, customer_id: identity.customer_id, verified_at: verifiedAt! })
  }
)
