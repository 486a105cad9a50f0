import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CODE_TTL_SECONDS, mfaCodeKey, newCode, storeCode } from "../../../lib/one-time-codes"
import { accountService, codeCache, codeSecret, countersService, customerForIdentity, maskEmail, maskPhone } from "../utils/identity"
import type { OtpMethod } from "./types"

/**
 * Issues a sign-in (or factor set-up) code by email or SMS into the cache
 * the MFA provider checks, at most one per 30 s per method. It answers the
 * code and where it goes; the workflow's event carries it to the mailer.
 * Compensation withdraws the code.
 */
export const issueMfaCodeStep = createStep(
  "issue-mfa-code",
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
    const key = mfaCodeKey(input.method, input.auth_identity_id)
    await storeCode(codeCache(container), key, code, input.auth_identity_id, codeSecret(container))
    const to = input.method === "sms_otp" ? profile.phone! : email
    return new StepResponse(
      {
        customer_id: customer_id as string,
        to,
        code,
        sent_to: input.method === "sms_otp" ? maskPhone(to) : maskEmail(to),
        expires_in_seconds: CODE_TTL_SECONDS,
      },
      key
    )
  },
  async (key, { container }) => {
    if (key) {
      await codeCache(container).invalidate(key)
    }
  }
)
