/**
 * Events of the account workflows. `id` is the customer's; what the mail
 * subscribers need besides it travels along: the security history entry
 * the email is about, and for codes the code itself (as in Medusa's own
 * `auth.verification_requested`: only its hash is stored).
 */
export const AccountEvents = {
  /** someone registered with an address that already has an account: `{ id | null, email, at }` */
  REGISTERED_AGAIN: "customer.registered_again",
  /** a sign-in / set-up code to send: `{ id, auth_identity_id, method, to, code, security_event_id }` */
  MFA_CODE_ISSUED: "customer.mfa_code_issued",
  /** a code proving a phone number: `{ id, phone, code, issued_at }` */
  PHONE_CODE_ISSUED: "customer.phone_code_issued",
  /** `{ id, security_event_id }` each */
  PASSWORD_CHANGED: "customer.password_changed",
  PASSWORD_RESET: "customer.password_reset",
  MFA_ENABLED: "customer.mfa_enabled",
  RECOVERY_CODES_GENERATED: "customer.recovery_codes_generated",
  MFA_DISABLED: "customer.mfa_disabled",
  MFA_RESET: "customer.mfa_reset",
  SUSPENDED: "customer.suspended",
  /** `{ id, security_event_id, email }`: the address is gone from the record by the time mail goes out */
  DELETED_BY_CUSTOMER: "customer.deleted_by_customer",
  VERIFIED: "customer.verified",
  ACTIVATED: "customer.activated",
} as const

/** Changes the customer is told about by a security alert email. */
export const SECURITY_ALERT_EVENTS = [
  AccountEvents.PASSWORD_CHANGED,
  AccountEvents.PASSWORD_RESET,
  AccountEvents.MFA_ENABLED,
  AccountEvents.RECOVERY_CODES_GENERATED,
  AccountEvents.MFA_DISABLED,
  AccountEvents.MFA_RESET,
]
