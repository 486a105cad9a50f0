import type { AuthMfaDTO, MedusaContainer } from "@medusajs/framework/types"
import { accountService, authService, countersService, identityForCustomer } from "./identity"
import { loginLockKey } from "./account-counters"

/** What the Security page (customer) and the customer widget (admin) show. */
export async function securityOverview(container: MedusaContainer, customerId: string, options: { events?: number; admin?: boolean } = {}) {
  const accounts = accountService(container)
  const { customer, identity } = await identityForCustomer(container, customerId)
  const { profile } = await accounts.ensureProfile(customerId)
  const factors = identity
    ? (await authService(container).listAuthMfa({ auth_identity_id: identity.auth_identity_id, status: ["enabled", "pending"] })).map((f) => ({
        id: f.id,
        provider: f.provider,
        status: f.status,
        // the module returns the row's timestamps too; Medusa's AuthMfaDTO does not list them
        created_at: (f as AuthMfaDTO & { created_at?: Date }).created_at ?? null,
      }))
    : []
  const events = await accounts.listSecurityEvents(
    { customer_id: customerId },
    { order: { created_at: "DESC" }, take: options.events ?? 20, select: ["id", "type", "created_at", "ip", "user_agent", "data"] }
  )
  const lockedFor = customer.email ? await countersService(container).lockedFor(loginLockKey(customer.email)) : 0
  return {
    customer_id: customerId,
    shopper_id: profile.shopper_id,
    email: customer.email,
    status: profile.status,
    email_verified_at: profile.email_verified_at,
    phone: profile.phone,
    phone_verified_at: profile.phone_verified_at,
    password_changed_at: profile.password_changed_at,
    has_login: !!identity,
    factors,
    mfa_enabled: factors.some((f) => f.status === "enabled"),
    recovery_codes_remaining: factors.some((f) => f.status === "enabled") ? profile.recovery_codes_remaining : 0,
    events: events.map((e) => ({ id: e.id, type: e.type, created_at: e.created_at, ip: e.ip, data: options.admin ? e.data : publicData(e.data) })),
    ...(options.admin
      ? {
          suspension_reason: profile.suspension_reason,
          suspended_at: profile.suspended_at,
          locked_until: lockedFor > 0 ? new Date(Date.now() + lockedFor * 1000) : null,
        }
      : {}),
  }
}

/** Customers see what happened, not admins' ids or notes. */
function publicData(data: Record<string, unknown> | null | undefined) {
  if (!data) {
    return null
  }
  const { by: _by, reason: _reason, ...rest } = data
  return rest
}
