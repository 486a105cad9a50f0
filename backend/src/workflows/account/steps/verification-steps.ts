import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { requestVerificationWorkflow } from "@medusajs/medusa/core-flows"
import { CODE_MAX_ATTEMPTS, CODE_TTL_SECONDS } from "../../../lib/one-time-codes"
import { EMAIL_CODE_REFUSALS, resendWaitSeconds, type EmailCodeState } from "../../../modules/auth-email-code/service"
import {
  accountService,
  authService,
  countersService,
  customerForIdentity,
  EMAIL_CODE_PROVIDER,
  EMAIL_PROVIDER,
  identityForEmail,
  normalizeEmail,
} from "../utils/identity"
import { shadowCodeRefusal, shadowCodeSent } from "../utils/account-counters"
import type { RequestContext } from "./security-steps"

/**
 * Creates the email + password identity for a new address. For an address
 * that already has one nothing is created, and the caller answers exactly
 * as for a new one (no account enumeration).
 */
export const registerIdentityStep = createStep(
  "register-identity",
  async (input: { email: string; password: string }, { container }) => {
    const email = normalizeEmail(input.email)
    const existing = await identityForEmail(container, email)
    if (existing) {
      // its verify answers from now on are those of a fresh code (see shadowCodeSent)
      await shadowCodeSent(countersService(container), email)
      return new StepResponse({ auth_identity_id: existing.auth_identity_id, existing: true, customer_id: existing.customer_id }, null)
    }
    const result = await authService(container).register(EMAIL_PROVIDER, { body: { email, password: input.password } } as never)
    if (!result.success || !result.authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, result.error ?? "The account could not be created")
    }
    return new StepResponse(
      { auth_identity_id: result.authIdentity.id as string, existing: false, customer_id: null as string | null },
      result.authIdentity.id as string
    )
  },
  async (createdId, { container }) => {
    if (createdId) {
      await authService(container).deleteAuthIdentities([createdId])
    }
  }
)

/** Sends a fresh email code through Medusa's verification (its event carries the code to the mailer). */
export async function requestEmailCode(container: Parameters<typeof requestVerificationWorkflow>[0], authIdentityId: string, email: string) {
  await requestVerificationWorkflow(container).run({
    input: {
      auth_identity_id: authIdentityId,
      entity_id: normalizeEmail(email),
      entity_type: "email",
      code_provider: EMAIL_CODE_PROVIDER,
    },
  })
}

/** The first code right after registration. */
export const sendFirstEmailCodeStep = createStep(
  "send-first-email-code",
  async (input: { auth_identity_id: string; email: string }, { container }) => {
    await requestEmailCode(container as never, input.auth_identity_id, input.email)
    return new StepResponse(true)
  }
)

export type ResendResult = { status: "sent" | "wait"; retry_after: number }

/**
 * Another code for an unverified address, within the cooldown and hourly
 * cap. Unknown and already verified addresses get the same answer with
 * nothing sent, and the same cooldown.
 */
export const resendEmailCodeStep = createStep(
  "resend-email-code",
  async (input: { email: string } & RequestContext, { container }): Promise<StepResponse<ResendResult>> => {
    const email = normalizeEmail(input.email)
    const identity = await identityForEmail(container, email)
    const [verification] = identity
      ? await authService(container).listAuthVerifications({ auth_identity_id: identity.auth_identity_id, entity_type: "email" })
      : []
    if (!identity || !verification || verification.verified_at) {
      const first = await countersService(container).claimOnce(`resend:${email}`, 60)
      if (first) {
        await shadowCodeSent(countersService(container), email)
      }
      return new StepResponse({ status: first ? "sent" : "wait", retry_after: first ? 60 : 60 })
    }
    const wait = resendWaitSeconds(verification.provider_metadata as EmailCodeState | null, Date.now())
    if (wait > 0) {
      return new StepResponse({ status: "wait", retry_after: wait })
    }
    await requestEmailCode(container as never, identity.auth_identity_id, email)
    await accountService(container).recordSecurityEvent({
      type: "code_sent",
      customer_id: identity.customer_id,
      auth_identity_id: identity.auth_identity_id,
      ip: input.ip,
      user_agent: input.user_agent,
      data: { purpose: "email_verification" },
    })
    return new StepResponse({ status: "sent", retry_after: 60 })
  }
)

/**
 * Checks an emailed code for an address (Medusa's verification provider
 * counts the tries). A wrong code is recorded. Unknown addresses and
 * addresses already verified (whose code is spent: Medusa's provider would
 * accept any code for them) get the same refusal as a wrong code, so the
 * answer never tells which emails have an account.
 */
export const confirmEmailCodeStep = createStep(
  "confirm-email-code",
  async (input: { email?: string; auth_identity_id?: string; code: string } & RequestContext, { container }) => {
    const identity = input.auth_identity_id
      ? { auth_identity_id: input.auth_identity_id, ...(await customerForIdentity(container, input.auth_identity_id)) }
      : await identityForEmail(container, input.email ?? "")
    const refuseLikeAPendingCode = async () => {
      const refusal = await shadowCodeRefusal(countersService(container), input.email ?? "", {
        ttlSeconds: CODE_TTL_SECONDS,
        maxAttempts: CODE_MAX_ATTEMPTS,
      })
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
        verifiedAt = v.verified_at ? new Date(v.verified_at) : new Date()
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

type VerificationRecords = {
  listAuthVerifications(filters: Record<string, unknown>): Promise<{ id: string; verified_at: Date | null }[]>
  createAuthVerifications(data: Record<string, unknown>): Promise<{ id: string }>
  updateAuthVerifications(data: Record<string, unknown>): Promise<unknown>
  deleteAuthVerifications(ids: string[]): Promise<void>
}
/** Medusa's auth module service also manages verification records (generated CRUD, not in its interface). */
const verificationRecords = (container: Parameters<typeof authService>[0]) => authService(container) as unknown as VerificationRecords

/** Marks an identity's email verified in Medusa (support does this by hand). */
export const forceEmailVerifiedStep = createStep(
  "force-email-verified",
  async (input: { auth_identity_id: string; email: string }, { container }) => {
    if (!input.auth_identity_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This customer has no email + password login to verify")
    }
    const auth = verificationRecords(container)
    const email = normalizeEmail(input.email)
    const [existing] = await auth.listAuthVerifications({ auth_identity_id: input.auth_identity_id, entity_id: email, entity_type: "email" })
    const now = new Date()
    if (existing?.verified_at) {
      return new StepResponse(existing.verified_at, null)
    }
    if (existing) {
      await auth.updateAuthVerifications({ id: existing.id, verified_at: now })
      return new StepResponse(now, { id: existing.id, created: false })
    }
    const created = await auth.createAuthVerifications({
      auth_identity_id: input.auth_identity_id,
      entity_id: email,
      entity_type: "email",
      code_provider: EMAIL_CODE_PROVIDER,
      requested_at: now,
      verified_at: now,
    })
    return new StepResponse(now, { id: created.id, created: true })
  },
  async (prior, { container }) => {
    if (!prior) {
      return
    }
    const auth = verificationRecords(container)
    if (prior.created) {
      await auth.deleteAuthVerifications([prior.id])
    } else {
      await auth.updateAuthVerifications({ id: prior.id, verified_at: null })
    }
  }
)
