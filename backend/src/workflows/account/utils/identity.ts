import type { IAuthModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"
import { COUNTERS_MODULE } from "../../../modules/counters"
import type CountersModuleService from "../../../modules/counters/service"
import type { CodeCache } from "../../../lib/one-time-codes"

export const EMAIL_PROVIDER = "emailpass"
export const EMAIL_CODE_PROVIDER = "email_code"

export const accountService = (container: MedusaContainer): AccountModuleService => container.resolve(ACCOUNT_MODULE)
export const countersService = (container: MedusaContainer): CountersModuleService => container.resolve(COUNTERS_MODULE)
export const authService = (container: MedusaContainer): IAuthModuleService => container.resolve(Modules.AUTH)
export const codeCache = (container: MedusaContainer): CodeCache => container.resolve(Modules.CACHE)
/** the key one-time codes are hashed with (the JWT secret: never stored with them) */
export const codeSecret = (container: MedusaContainer): string =>
  container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string

export const normalizeEmail = (email: string) => email.trim().toLowerCase()

/** The email + password identity of an address, or null (never throws for unknown emails). */
export async function identityForEmail(container: MedusaContainer, email: string) {
  const [provider] = await authService(container).listProviderIdentities(
    { provider: EMAIL_PROVIDER, entity_id: normalizeEmail(email) },
    { select: ["id", "auth_identity_id", "entity_id"] }
  )
  if (!provider?.auth_identity_id) {
    return null
  }
  const identity = await authService(container).retrieveAuthIdentity(provider.auth_identity_id)
  return {
    auth_identity_id: provider.auth_identity_id,
    email: provider.entity_id,
    customer_id: (identity.app_metadata?.customer_id as string | undefined) ?? null,
  }
}

/** A customer's email + password identity; 404 when the customer has none. */
export async function identityForCustomer(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "email", "has_account"], filters: { id: customerId } })
  const customer = data[0]
  if (!customer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
  }
  const identity = customer.email ? await identityForEmail(container, customer.email) : null
  return { customer, identity: identity && identity.customer_id === customerId ? identity : null }
}

/** The customer behind an auth identity (from the id Medusa put in its app metadata). */
export async function customerForIdentity(container: MedusaContainer, authIdentityId: string) {
  const identity = await authService(container).retrieveAuthIdentity(authIdentityId, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === EMAIL_PROVIDER)?.entity_id ?? null
  return { customer_id: (identity.app_metadata?.customer_id as string | undefined) ?? null, email }
}

/** j***@example.com / +1******4567: enough to recognise, not to harvest. */
export function maskEmail(email: string) {
  const [local, domain] = email.split("@")
  return `${local.slice(0, 1)}***@${domain}`
}

export function maskPhone(phone: string) {
  return `${phone.slice(0, 2)}${"*".repeat(Math.max(0, phone.length - 6))}${phone.slice(-4)}`
}

/** Checks an email + password pair with Medusa's emailpass provider. */
export async function passwordMatches(container: MedusaContainer, email: string, password: string) {
  const result = await authService(container).authenticate(EMAIL_PROVIDER, {
    body: { email: normalizeEmail(email), password },
  })
  return !!result.success
}
