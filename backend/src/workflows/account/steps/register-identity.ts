import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { authService, countersService, EMAIL_PROVIDER, identityForEmail, normalizeEmail } from "../utils/identity"
import { shadowCodeSent } from "../utils/account-counters"

/**
 * Creates the email + password identity for a new address. For an address
 * that already has one nothing is created, and the caller answers exactly
 * as for a new one (no account enumeration).
 */
export const registerIdentityStep = createStep(
  "register-identity",
  async (input: { email: string; password: string; asOf: Date }, { container }) => {
    const email = normalizeEmail(input.email)
    const existing = await identityForEmail(container, email)
    if (existing) {
      // its verify answers from now on are those of a fresh code (see shadowCodeSent)
      await shadowCodeSent(countersService(container), email, new Date(input.asOf).getTime())
      return new StepResponse({ auth_identity_id: existing.auth_identity_id, existing: true, customer_id: existing.customer_id }, null)
    }
    const result = await authService(container).register(EMAIL_PROVIDER, { body: { email, password: input.password } })
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
