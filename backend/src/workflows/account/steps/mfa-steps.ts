import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CODE_TTL_SECONDS, consumeCode, mfaCodeKey, newCode, phoneCodeKey, storeCode } from "../../../lib/one-time-codes"
import { queueNotificationWorkflow } from "../../notification"
import {
  accountService,
  authService,
  codeCache,
  codeSecret,
  countersService,
  customerForIdentity,
  maskEmail,
  maskPhone,
} from "../utils/identity"

export const OTP_METHODS = ["email_otp", "sms_otp"] as const
export type OtpMethod = (typeof OTP_METHODS)[number]

/**
 * Issues a sign-in (or factor set-up) code by email or SMS into the cache
 * the MFA provider checks, and queues the message. Sending cannot be
 * undone: this step comes last.
 */
export const sendMfaCodeStep = createStep(
  "send-mfa-code",
  async (input: { auth_identity_id: string; method: OtpMethod }, { container }) => {
    const { customer_id, email } = await customerForIdentity(container, input.auth_identity_id)
    if (!customer_id || !email) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This sign-in has no customer account")
    }
    const accounts = accountService(container)
    const { profile } = await accounts.ensureProfile(customer_id)
    if (input.method === "sms_otp" && (!profile.phone || !profile.phone_verified_at)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Verify a phone number before using SMS codes.")
    }
    if (!(await countersService(container).claimOnce(`mfa-send:${input.method}:${input.auth_identity_id}`, 30))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A code was just sent. Wait 30 seconds before asking for another one.")
    }
    const code = newCode()
    await storeCode(codeCache(container), mfaCodeKey(input.method, input.auth_identity_id), code, input.auth_identity_id, codeSecret(container))
    const sms = input.method === "sms_otp"
    await queueNotificationWorkflow(container).run({
      input: {
        template: sms ? "mfa_code_sms" : "mfa_code",
        to: sms ? profile.phone! : email,
        customer_id,
        idempotency_key: `mfa:${input.method}:${input.auth_identity_id}:${Date.now()}`,
        data: { code, expires_in_minutes: CODE_TTL_SECONDS / 60, purpose: "sign-in" },
      },
    })
    return new StepResponse({
      sent_to: sms ? maskPhone(profile.phone!) : maskEmail(email),
      expires_in_seconds: CODE_TTL_SECONDS,
    })
  }
)

/** An SMS code to prove the customer holds a phone number (sent last). */
export const sendPhoneCodeStep = createStep(
  "send-phone-code",
  async (input: { customer_id: string; phone: string }, { container }) => {
    if (!(await countersService(container).claimOnce(`phone-send:${input.customer_id}`, 30))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A code was just sent. Wait 30 seconds before asking for another one.")
    }
    const code = newCode()
    await storeCode(codeCache(container), phoneCodeKey(input.customer_id), code, input.customer_id, codeSecret(container), {
      phone: input.phone,
    })
    await queueNotificationWorkflow(container).run({
      input: {
        template: "mfa_code_sms",
        to: input.phone,
        customer_id: input.customer_id,
        idempotency_key: `phone:${input.customer_id}:${Date.now()}`,
        data: { code, expires_in_minutes: CODE_TTL_SECONDS / 60, purpose: "phone verification" },
      },
    })
    return new StepResponse({ sent_to: maskPhone(input.phone) })
  }
)

const PHONE_REFUSALS = {
  missing: "No code was sent, or it was already used. Ask for a new code.",
  expired: "The code has expired. Ask for a new code.",
  wrong: "That code is not right. Check the latest SMS and try again.",
  locked: "Too many wrong codes. Ask for a new code.",
} as const

/** Checks the phone code (single use, 5 tries) and answers the number it proved. */
export const confirmPhoneCodeStep = createStep(
  "confirm-phone-code",
  async (input: { customer_id: string; code: string }, { container }) => {
    const check = await consumeCode(codeCache(container), phoneCodeKey(input.customer_id), input.code, input.customer_id, codeSecret(container))
    if (!check.ok) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, PHONE_REFUSALS[check.reason])
    }
    return new StepResponse({ phone: String(check.data?.phone) })
  }
)

/** Copies a verified phone onto Medusa's customer record. */
export const setCustomerPhoneStep = createStep(
  "set-customer-phone",
  async (input: { customer_id: string; phone: string | null }, { container }) => {
    const customers = container.resolve("customer") as {
      retrieveCustomer(id: string): Promise<{ phone?: string | null }>
      updateCustomers(id: string, data: Record<string, unknown>): Promise<unknown>
    }
    const before = await customers.retrieveCustomer(input.customer_id)
    await customers.updateCustomers(input.customer_id, { phone: input.phone })
    return new StepResponse(true, { id: input.customer_id, phone: before.phone ?? null })
  },
  async (prior, { container }) => {
    if (prior) {
      const customers = container.resolve("customer") as { updateCustomers(id: string, data: Record<string, unknown>): Promise<unknown> }
      await customers.updateCustomers(prior.id, { phone: prior.phone })
    }
  }
)

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
    await auth.verifyAuthMfa({ id: factor.id, code: input.code, auth_identity_id: input.auth_identity_id } as never).catch(refuse)
    return new StepResponse({ recovery_code_used: false })
  }
)

/** The factor is the identity's own: anyone else's id answers as one that does not exist, before any password or code is looked at. */
export const assertFactorOwnedStep = createStep(
  "assert-mfa-factor-owned",
  async (input: { auth_identity_id: string; factor_id: string }, { container }) => {
    const factors = await authService(container).listAuthMfa({ id: input.factor_id, auth_identity_id: input.auth_identity_id } as never)
    if (!factors.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `MFA factor with id: ${input.factor_id} was not found`)
    }
    return new StepResponse(true)
  }
)

/** Turns factors off (all of them when no id is given); compensation can't re-enable, so it runs late. */
export const disableFactorsStep = createStep(
  "disable-mfa-factors",
  async (input: { auth_identity_id: string; factor_id?: string | null }, { container }) => {
    const auth = authService(container)
    const factors = await auth.listAuthMfa({ auth_identity_id: input.auth_identity_id, status: ["enabled", "pending"] } as never)
    const targets = input.factor_id ? factors.filter((f) => f.id === input.factor_id) : factors
    if (input.factor_id && !targets.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `MFA factor with id: ${input.factor_id} was not found`)
    }
    for (const factor of targets) {
      await auth.disableAuthMfa({ id: factor.id } as never)
    }
    const remaining = factors.filter((f) => f.status === "enabled" && !targets.some((t) => t.id === f.id)).length
    return new StepResponse({ disabled: targets.map((f) => f.provider as string), remaining })
  }
)

