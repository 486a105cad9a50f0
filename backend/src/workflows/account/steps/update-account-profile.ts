import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accountService } from "../utils/identity"

export type ProfileUpdate = Partial<{
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
