import { AuthEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  claimOneTimeCodeStep,
  confirmAuthVerificationStep,
  disableAuthMfaStep,
  generateRecoveryCodesStep,
  type OtpMethod,
  recordSecurityEventStep,
  type RequestContext,
  resolveSignInAccountStep,
  startAuthMfaStep,
  verifyAuthMfaStep,
  verifyMfaChallengeStep,
} from "../steps"
import { markEmailVerifiedWorkflow } from "./mark-email-verified"
import { recordFactorChangeWorkflow } from "./record-factor-change"
import { sendMfaCodeWorkflow } from "./send-mfa-code"

/** Who acts: a customer gets the store's extra checks and history; admins get Medusa's flow as it is. */
type Actor = { auth_identity_id: string; customer: boolean } & RequestContext

/**
 * The second sign-in step: a TOTP code is accepted once, a wrong code is
 * recorded, the challenge is completed. For a customer the account's status
 * comes back (the caller refuses suspended and deleted accounts) and an
 * active one's sign-in is recorded, a recovery code counted down.
 */
export const completeMfaChallengeWorkflow = createWorkflow(
  "complete-mfa-challenge",
  (input: Actor & { challenge_id: string; method: string; code: string }) => {
    claimOneTimeCodeStep(
      transform({ input }, ({ input }) => ({
        key: input.customer && input.method === "totp" ? `totp:${input.auth_identity_id}:${input.code}` : null,
      }))
    )
    const challenge = verifyMfaChallengeStep(
      transform({ input }, ({ input }) => ({
        id: input.challenge_id,
        method: input.method,
        code: input.code,
        auth_identity_id: input.auth_identity_id,
        customer: input.customer,
        ip: input.ip,
        user_agent: input.user_agent,
      }))
    )
    const account = resolveSignInAccountStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.customer ? input.auth_identity_id : null })))
    when({ input, account }, ({ input, account }) => input.customer && account.status === "active").then(() => {
      recordSecurityEventStep(
        transform({ input, account }, ({ input, account }) => ({
          type: "login_succeeded",
          customer_id: account.customer_id,
          auth_identity_id: input.auth_identity_id,
          ip: input.ip,
          user_agent: input.user_agent,
          data: { second_factor: input.method },
        }))
      )
    })
    when({ input, account }, ({ input, account }) => input.customer && account.status === "active" && input.method === "recovery_code" && !!account.customer_id).then(
      () => {
        recordFactorChangeWorkflow.runAsStep({
          input: transform({ input, account }, ({ input, account }) => ({
            customer_id: account.customer_id!,
            auth_identity_id: input.auth_identity_id,
            type: "recovery_code_used" as const,
            method: input.method,
            recovery_codes_remaining: (account.recovery_codes_remaining ?? 1) - 1,
            ip: input.ip,
            user_agent: input.user_agent,
          })),
        })
      }
    )
    return new WorkflowResponse(transform({ challenge, account }, ({ challenge, account }) => ({ challenge, status: account.status })))
  }
)

/**
 * Setting a factor up. For a customer an abandoned TOTP set-up is replaced,
 * and an email or SMS factor gets its set-up code sent (`sent_to`).
 */
export const startSecondFactorWorkflow = createWorkflow(
  "start-second-factor",
  (input: Actor & { provider: string; label?: string | null; issuer?: string; metadata?: Record<string, unknown> | null }) => {
    const started = startAuthMfaStep(
      transform({ input }, ({ input }) => ({
        auth_identity_id: input.auth_identity_id,
        provider: input.provider,
        label: input.label,
        issuer: input.issuer,
        metadata: input.metadata,
        replace_pending: input.customer && input.provider === "totp",
      }))
    )
    const sent = when({ input }, ({ input }) => input.customer && (input.provider === "email_otp" || input.provider === "sms_otp")).then(() =>
      sendMfaCodeWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          auth_identity_id: input.auth_identity_id,
          method: input.provider as OtpMethod,
          ip: input.ip,
          user_agent: input.user_agent,
        })),
      })
    )
    return new WorkflowResponse(
      transform({ started, sent }, ({ started, sent }) => ({ ...started, ...(sent ? { sent_to: (sent as { sent_to?: string }).sent_to } : {}) }))
    )
  }
)

/**
 * A factor's first code turns it on (`auth.mfa_enabled`). A customer's code
 * is accepted once, and a factor on is recorded and emailed.
 */
export const verifySecondFactorWorkflow = createWorkflow("verify-second-factor", (input: Actor & { factor_id: string; code: string }) => {
  claimOneTimeCodeStep(transform({ input }, ({ input }) => ({ key: input.customer ? `totp:${input.auth_identity_id}:${input.code}` : null })))
  const verified = verifyAuthMfaStep(transform({ input }, ({ input }) => ({ id: input.factor_id, auth_identity_id: input.auth_identity_id, code: input.code })))
  const account = resolveSignInAccountStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.customer ? input.auth_identity_id : null })))
  when({ input, verified, account }, ({ input, verified, account }) => input.customer && !!account.customer_id && verified.factor.status === "enabled").then(() => {
    recordFactorChangeWorkflow.runAsStep({
      input: transform({ input, verified, account }, ({ input, verified, account }) => ({
        customer_id: account.customer_id!,
        auth_identity_id: input.auth_identity_id,
        type: "mfa_enabled" as const,
        method: verified.factor.provider as string,
        ip: input.ip,
        user_agent: input.user_agent,
      })),
    })
  })
  when({ verified }, ({ verified }) => verified.enabled_now).then(() => {
    emitEventStep({
      eventName: AuthEvents.MFA_ENABLED,
      data: transform({ verified }, ({ verified }) => ({
        auth_identity_id: verified.factor.auth_identity_id,
        mfa_id: verified.factor.id,
        provider: verified.factor.provider,
      })),
    })
  })
  return new WorkflowResponse(transform({ verified }, ({ verified }) => verified.factor))
})

/** New recovery codes (`auth.mfa_recovery_codes_generated`); a customer's are counted, recorded and emailed. */
export const generateRecoveryCodesWorkflow = createWorkflow("generate-mfa-recovery-codes", (input: Actor & { count?: number }) => {
  const codes = generateRecoveryCodesStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, count: input.count })))
  const account = resolveSignInAccountStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.customer ? input.auth_identity_id : null })))
  when({ input, account }, ({ input, account }) => input.customer && !!account.customer_id).then(() => {
    recordFactorChangeWorkflow.runAsStep({
      input: transform({ input, codes, account }, ({ input, codes, account }) => ({
        customer_id: account.customer_id!,
        auth_identity_id: input.auth_identity_id,
        type: "recovery_codes_generated" as const,
        recovery_codes_remaining: codes.length,
        ip: input.ip,
        user_agent: input.user_agent,
      })),
    })
  })
  emitEventStep({
    eventName: AuthEvents.MFA_RECOVERY_CODES_GENERATED,
    data: transform({ input, codes }, ({ input, codes }) => ({ auth_identity_id: input.auth_identity_id, count: codes.length })),
  })
  return new WorkflowResponse(codes)
})

/** Medusa's factor removal (admins: method + code), `auth.mfa_disabled` on the change. */
export const disableAuthFactorWorkflow = createWorkflow(
  "disable-auth-factor",
  (input: { factor_id: string; auth_identity_id: string; method?: string; code?: string }) => {
    const disabled = disableAuthMfaStep(
      transform({ input }, ({ input }) => ({ id: input.factor_id, auth_identity_id: input.auth_identity_id, method: input.method, code: input.code }))
    )
    when({ disabled }, ({ disabled }) => disabled.disabled_now).then(() => {
      emitEventStep({
        eventName: AuthEvents.MFA_DISABLED,
        data: transform({ disabled }, ({ disabled }) => ({
          auth_identity_id: disabled.factor.auth_identity_id,
          mfa_id: disabled.factor.id,
          provider: disabled.factor.provider,
        })),
      })
    })
    return new WorkflowResponse(transform({ disabled }, ({ disabled }) => disabled.factor))
  }
)

/** Medusa's verification code check; a confirmed email of a customer updates their profile like the store's own check. */
export const confirmVerificationWorkflow = createWorkflow(
  "confirm-verification",
  (input: { auth_identity_id?: string | null; code: string; code_provider?: string } & RequestContext) => {
    const confirmed = confirmAuthVerificationStep(
      transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, code: input.code, code_provider: input.code_provider }))
    )
    const account = resolveSignInAccountStep(
      transform({ input, confirmed }, ({ input, confirmed }) => ({
        auth_identity_id: confirmed.entity_type === "email" && confirmed.verified_at ? input.auth_identity_id ?? null : null,
      }))
    )
    when({ account }, ({ account }) => !!account.customer_id).then(() => {
      markEmailVerifiedWorkflow.runAsStep({
        input: transform({ input, confirmed, account }, ({ input, confirmed, account }) => ({
          customer_id: account.customer_id!,
          auth_identity_id: account.auth_identity_id,
          verified_at: new Date(confirmed.verified_at as Date | string),
          via: "email_code",
          ip: input.ip,
          user_agent: input.user_agent,
        })),
      })
    })
    return new WorkflowResponse(confirmed)
  }
)
