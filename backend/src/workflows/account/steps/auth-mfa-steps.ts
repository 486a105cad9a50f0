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
    const challenge = await auth.verifyAuthMfaChallenge({ id: input.id, method: input.method, code: input.code, auth_identity_id: input.auth_identity_id } as never).catch(
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

/**
 * Starts setting a factor up (pending until its first code is confirmed).
 * `replace_pending` turns an abandoned TOTP set-up (QR shown, never
 * confirmed) off first, so it doesn't block a new one. Compensation turns
 * the new pending factor off.
 */
export const startAuthMfaStep = createStep(
  "start-auth-mfa",
  async (
    input: { auth_identity_id: string; provider: string; label?: string | null; issuer?: string; metadata?: Record<string, unknown> | null; replace_pending: boolean },
    { container }
  ) => {
    const auth = authService(container)
    if (input.replace_pending) {
      const pending = await auth.listAuthMfa({ auth_identity_id: input.auth_identity_id, provider: input.provider, status: "pending" } as never)
      for (const factor of pending) {
        await auth.disableAuthMfa({ id: factor.id } as never)
      }
    }
    const enrollment = await auth.startAuthMfa({
      auth_identity_id: input.auth_identity_id,
      provider: input.provider,
      label: input.label,
      issuer: input.issuer,
      metadata: input.metadata,
    } as never)
    return new StepResponse(
      { mfa_factor: enrollment.mfa, secret: enrollment.secret, otpauth_url: enrollment.otpauth_url },
      (enrollment.mfa as { id: string }).id
    )
  },
  async (id, { container }) => {
    if (id) {
      await authService(container).disableAuthMfa({ id } as never)
    }
  }
)

/** Confirms a pending factor with its first code; `enabled_now` on the transition. Can't be undone. */
export const verifyAuthMfaStep = createStep(
  "verify-auth-mfa",
  async (input: { id: string; auth_identity_id: string; code: string }, { container }) => {
    const auth = authService(container)
    const before = await auth.retrieveAuthMfa({ id: input.id, auth_identity_id: input.auth_identity_id } as never)
    const factor = await auth.verifyAuthMfa({ id: input.id, auth_identity_id: input.auth_identity_id, code: input.code } as never)
    return new StepResponse({ factor, enabled_now: before.status !== "enabled" && factor.status === "enabled" })
  }
)

/** Medusa's factor removal for admins: method + code; `disabled_now` on the transition. Can't be undone. */
export const disableAuthMfaStep = createStep(
  "disable-auth-mfa",
  async (input: { id: string; auth_identity_id: string; method?: string; code?: string }, { container }) => {
    const auth = authService(container)
    const before = await auth.retrieveAuthMfa({ id: input.id, auth_identity_id: input.auth_identity_id } as never)
    const factor = await auth.disableAuthMfa({ id: input.id, method: input.method, code: input.code } as never)
    return new StepResponse({ factor, disabled_now: before.status !== "disabled" && factor.status === "disabled" })
  }
)

/**
 * New recovery codes (the old ones stop working), only with an enabled
 * factor (400 otherwise). The codes are shown once: the last write.
 */
export const generateRecoveryCodesStep = createStep(
  "generate-recovery-codes",
  async (input: { auth_identity_id: string; count?: number }, { container }) => {
    const auth = authService(container)
    const factors = await auth.listAuthMfa({ auth_identity_id: input.auth_identity_id, status: "enabled" } as never)
    if (!factors.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Recovery codes require an enabled MFA factor")
    }
    const { codes } = await auth.generateAuthMfaRecoveryCodes({ auth_identity_id: input.auth_identity_id, count: input.count } as never)
    return new StepResponse(codes as string[])
  }
)

/** Medusa's verification code check (email confirmation and others). A confirmed code can't be undone. */
export const confirmAuthVerificationStep = createStep(
  "confirm-auth-verification",
  async (input: { auth_identity_id?: string | null; code: string; code_provider?: string }, { container }) => {
    const result = await authService(container).confirmAuthVerification({
      auth_identity_id: input.auth_identity_id ?? undefined,
      code: input.code,
      code_provider: input.code_provider,
    } as never)
    return new StepResponse({
      entity_id: result.entity_id,
      entity_type: result.entity_type,
      code_provider: result.code_provider,
      verified_at: result.verified_at,
    })
  }
)
