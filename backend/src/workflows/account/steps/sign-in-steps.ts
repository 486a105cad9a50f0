import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loginLockKey } from "../utils/account-counters"
import { accountService, authService, countersService, customerForIdentity, EMAIL_PROVIDER, identityForEmail } from "../utils/identity"

export type AccountStatus = "active" | "suspended" | "deleted"

/** The customer's profile status (active while there is no customer or profile yet). */
async function statusOf(container: Parameters<typeof accountService>[0], customerId: string | null) {
  if (!customerId) {
    return { status: "active" as AccountStatus, recovery_codes_remaining: null as number | null }
  }
  const [profile] = await accountService(container).listAccountProfiles({ customer_id: customerId }, { select: ["status", "recovery_codes_remaining"] })
  return {
    status: ((profile?.status as AccountStatus | undefined) ?? "active") as AccountStatus,
    recovery_codes_remaining: (profile?.recovery_codes_remaining as number | null | undefined) ?? null,
  }
}

/**
 * Who is signing in: the identity and customer behind an email or an auth
 * identity, and the account's status. Reads only.
 */
export const resolveSignInAccountStep = createStep(
  "resolve-sign-in-account",
  async (input: { email?: string | null; auth_identity_id?: string | null }, { container }) => {
    let authIdentityId: string | null = input.auth_identity_id ?? null
    let customerId: string | null = null
    if (authIdentityId) {
      customerId = (await customerForIdentity(container, authIdentityId).catch(() => ({ customer_id: null }))).customer_id
    } else if (input.email) {
      const identity = await identityForEmail(container, input.email)
      authIdentityId = identity?.auth_identity_id ?? null
      customerId = identity?.customer_id ?? null
    }
    return new StepResponse({ auth_identity_id: authIdentityId, customer_id: customerId, ...(await statusOf(container, customerId)) })
  }
)

/**
 * One more failed sign-in for an email (known or not): the lockout counter
 * and who it belongs to. A counter with a window, not a record: nothing to
 * undo.
 */
export const countLoginFailureStep = createStep("count-login-failure", async (input: { email: string }, { container }) => {
  const failure = await countersService(container).recordFailure(loginLockKey(input.email), accountService(container).lockout)
  const identity = await identityForEmail(container, input.email)
  return new StepResponse({ ...failure, auth_identity_id: identity?.auth_identity_id ?? null, customer_id: identity?.customer_id ?? null })
})

/** A right password clears the failure count and any lock (a counter: nothing to undo). */
export const clearLoginFailuresStep = createStep("clear-login-failures", async (input: { email: string }, { container }) => {
  await countersService(container).clearFailures(loginLockKey(input.email))
  return new StepResponse(true)
})

/** A successful admin sign-in starts the address's attempt window again (a counter: nothing to undo). */
export const resetRateLimitStep = createStep("reset-rate-limit", async (input: { bucket: string; subject: string }, { container }) => {
  await countersService(container).resetRateLimit(input.bucket, input.subject)
  return new StepResponse(true)
})

export const CODE_ALREADY_USED = "That code was already used. Wait for the next one."

/**
 * A one-time code is accepted once (a TOTP code stays valid for its 30 s
 * step and the next): 400 when it was claimed already. Compensation gives
 * the claim back, so a code the provider refuses can be typed again.
 */
export const claimOneTimeCodeStep = createStep(
  "claim-one-time-code",
  async (input: { key: string | null }, { container }) => {
    if (!input.key) {
      return new StepResponse(null, null)
    }
    if (!(await countersService(container).claimOnce(input.key, 120))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, CODE_ALREADY_USED)
    }
    return new StepResponse(input.key, input.key)
  },
  async (key, { container }) => {
    if (key) {
      await countersService(container).releaseClaim(key)
    }
  }
)

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
