import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accountService, customerForIdentity, identityForEmail } from "../utils/identity"
import type { AccountStatus } from "./types"

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
