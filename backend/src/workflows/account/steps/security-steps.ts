import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { passwordProblem } from "../../../lib/password-policy"
import {
  accountService,
  authService,
  EMAIL_PROVIDER,
  identityForCustomer,
  normalizeEmail,
  passwordMatches,
} from "../utils/identity"

export type RequestContext = { ip?: string | null; user_agent?: string | null }

/** Refuses a password that breaks the rules (400 with the rule it broke). */
export const validatePasswordStep = createStep(
  "validate-password",
  async (input: { password: string; email?: string | null }) => {
    const problem = passwordProblem(input.password, input.email)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    return new StepResponse(true)
  }
)

/** The customer's current password must be right (401 otherwise). */
export const validateCurrentPasswordStep = createStep(
  "validate-current-password",
  async (input: { email: string; password: string }, { container }) => {
    if (!(await passwordMatches(container, input.email, input.password))) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "The password is not right.")
    }
    return new StepResponse(true)
  }
)

/** Appends one entry to the account's security history. */
export const recordSecurityEventStep = createStep(
  "record-security-event",
  async (
    input: { type: string; customer_id?: string | null; auth_identity_id?: string | null; data?: Record<string, unknown> | null } & RequestContext,
    { container }
  ) => {
    const event = await accountService(container).recordSecurityEvent(input)
    return new StepResponse(event.id, event.id)
  },
  async (id, { container }) => {
    if (id) {
      await accountService(container).deleteSecurityEvents(id)
    }
  }
)

type ProfileUpdate = Partial<{
  status: "active" | "suspended" | "deleted"
  suspension_reason: string | null
  suspended_at: Date | null
  email_verified_at: Date | null
  phone: string | null
  phone_verified_at: Date | null
  password_changed_at: Date | null
  recovery_codes_remaining: number
  anonymized_at: Date | null
}>

/** Changes a customer's profile (created if missing); compensation restores what it changed. */
export const updateAccountProfileStep = createStep(
  "update-account-profile",
  async (input: { customer_id: string; update: ProfileUpdate }, { container }) => {
    const accounts = accountService(container)
    const { profile } = await accounts.ensureProfile(input.customer_id)
    const before = Object.fromEntries(Object.keys(input.update).map((k) => [k, (profile as Record<string, unknown>)[k]]))
    const updated = await accounts.updateAccountProfiles({ id: profile.id, ...input.update })
    return new StepResponse(updated, { id: profile.id, before })
  },
  async (prior, { container }) => {
    if (prior) {
      await accountService(container).updateAccountProfiles({ id: prior.id, ...prior.before })
    }
  }
)

/** Sets a new password on the customer's email + password identity (cannot be undone: comes last). */
export const setPasswordStep = createStep(
  "set-password",
  async (input: { email: string; password: string }, { container }) => {
    const result = await authService(container).updateProvider(EMAIL_PROVIDER, {
      entity_id: normalizeEmail(input.email),
      password: input.password,
    })
    if (!result.success) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, result.error ?? "The password could not be changed")
    }
    return new StepResponse(true)
  }
)

/** The customer's email + password identity (404 when the customer has no login). */
export const resolveCustomerIdentityStep = createStep(
  "resolve-customer-identity",
  async (input: { customer_id: string }, { container }) => {
    const { customer, identity } = await identityForCustomer(container, input.customer_id)
    return new StepResponse({
      customer_id: customer.id as string,
      email: customer.email as string,
      auth_identity_id: identity?.auth_identity_id ?? null,
    })
  }
)
