// An account's security (`securityOverview` in `workflows/account/utils/overview.ts`).

export type AccountStatus = "active" | "suspended" | "deleted"
export type FactorProvider = "totp" | "email_otp" | "sms_otp"

/** A second factor. */
export type SecurityFactor = {
  id: string
  provider: FactorProvider
  status: "pending" | "enabled"
  created_at: string | null
}

/** One entry of the account's security log (newest first); the store sees no admins' ids or notes in `data`. */
export type SecurityEvent = {
  id: string
  type: string
  created_at: string
  ip: string | null
  data: Record<string, unknown> | null
}

/** `GET /store/account/security` */
export type AccountSecurity = {
  customer_id: string
  shopper_id: string
  email: string
  email_verified_at: string | null
  phone: string | null
  phone_verified_at: string | null
  status: AccountStatus
  /** false for a guest-only customer (no password to reset) */
  has_login: boolean
  password_changed_at: string | null
  factors: SecurityFactor[]
  mfa_enabled: boolean
  recovery_codes_remaining: number
  events: SecurityEvent[]
}
export type StoreAccountSecurityResponse = { security: AccountSecurity }

/** `GET /admin/customers/:id/security` (and the actions on it): the store's view plus what only support sees. */
export type CustomerSecurity = AccountSecurity & {
  suspension_reason: string | null
  suspended_at: string | null
  locked_until: string | null
}
export type AdminCustomerSecurityResponse = { security: CustomerSecurity }
