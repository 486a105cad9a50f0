import { randomInt } from "node:crypto"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import AccountProfile from "./models/account-profile"
import SecurityEvent from "./models/security-event"

/** No 0/O, 1/I/L: a shopper id read over the phone can't be misheard. */
const SHOPPER_ID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

/**
 * The account rules' numbers. They are counted in the `counters` module by
 * the routes and steps that apply them (src/api/auth/middlewares.ts,
 * src/api/hardening-middlewares.ts, src/workflows/account): this module
 * opens no Redis connection of its own.
 */
export type AccountModuleOptions = {
  /** requests per window per client address on each group of auth routes */
  rateLimit?: { max?: number; windowSeconds?: number }
  /** consecutive failed sign-ins before an account is locked, first lock and longest lock */
  lockout?: { threshold?: number; baseSeconds?: number; maxSeconds?: number }
  /** admin sign-in attempts per window per client address (a successful sign-in clears the count) */
  adminLoginRateLimit?: { max?: number; windowSeconds?: number }
  /**
   * Per-user API budgets on /store and /admin: requests per window per
   * customer, admin user or (anonymous) client address, reads (GET/HEAD)
   * and writes counted apart
   */
  apiRateLimit?: { windowSeconds?: number; storeRead?: number; storeWrite?: number; adminRead?: number; adminWrite?: number }
  /** days an email verification code that was never confirmed is kept before the weekly cleanup deletes it */
  verificationRetentionDays?: number
  /** days an authenticator (MFA) set-up that was started and never confirmed is kept before the weekly cleanup removes it */
  mfaPendingRetentionDays?: number
  /** days past its expiry a password-reset token record is kept before the weekly cleanup deletes it */
  passwordResetRetentionDays?: number
}

export type RateLimits = { max: number; windowSeconds: number }
export type ApiRateLimitGroup = "store_read" | "store_write" | "admin_read" | "admin_write"

/** A whole number of at least 1, or the start-up stops with the option's name. */
function positive(name: string, value: number | undefined, fallback: number): number {
  const n = value ?? fallback
  if (!Number.isInteger(n) || n < 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `account: ${name} must be a whole number of at least 1, got ${value}`)
  }
  return n
}

class AccountModuleService extends MedusaService({
  AccountProfile,
  SecurityEvent,
}) {
  readonly rateLimit: { max: number; windowSeconds: number }
  readonly lockout: { threshold: number; baseSeconds: number; maxSeconds: number }
  readonly adminLoginRateLimit: RateLimits
  readonly apiRateLimits: Record<ApiRateLimitGroup, RateLimits>
  readonly verificationRetentionDays: number
  readonly mfaPendingRetentionDays: number
  readonly passwordResetRetentionDays: number

  constructor(container: Record<string, unknown>, options: AccountModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.rateLimit = { max: options.rateLimit?.max ?? 5, windowSeconds: options.rateLimit?.windowSeconds ?? 900 }
    this.lockout = {
      threshold: options.lockout?.threshold ?? 5,
      baseSeconds: options.lockout?.baseSeconds ?? 60,
      maxSeconds: options.lockout?.maxSeconds ?? 3600,
    }
    this.adminLoginRateLimit = {
      max: positive("adminLoginRateLimit.max", options.adminLoginRateLimit?.max, 10),
      windowSeconds: positive("adminLoginRateLimit.windowSeconds", options.adminLoginRateLimit?.windowSeconds, 900),
    }
    const api = options.apiRateLimit ?? {}
    const windowSeconds = positive("apiRateLimit.windowSeconds", api.windowSeconds, 900)
    this.apiRateLimits = {
      store_read: { max: positive("apiRateLimit.storeRead", api.storeRead, 3000), windowSeconds },
      store_write: { max: positive("apiRateLimit.storeWrite", api.storeWrite, 600), windowSeconds },
      admin_read: { max: positive("apiRateLimit.adminRead", api.adminRead, 6000), windowSeconds },
      admin_write: { max: positive("apiRateLimit.adminWrite", api.adminWrite, 1500), windowSeconds },
    }
    this.verificationRetentionDays = positive("verificationRetentionDays", options.verificationRetentionDays, 30)
    this.mfaPendingRetentionDays = positive("mfaPendingRetentionDays", options.mfaPendingRetentionDays, 1)
    this.passwordResetRetentionDays = positive("passwordResetRetentionDays", options.passwordResetRetentionDays, 1)
  }

  /** A fresh shopper id like CS-7Q2K9M (uniqueness is enforced by the table). */
  generateShopperId(): string {
    let id = ""
    for (let i = 0; i < 6; i++) {
      id += SHOPPER_ID_ALPHABET[randomInt(SHOPPER_ID_ALPHABET.length)]
    }
    return `CS-${id}`
  }

  /** The customer's profile, created with a new shopper id when missing. */
  async ensureProfile(customerId: string) {
    const [existing] = await this.listAccountProfiles({ customer_id: customerId })
    if (existing) {
      return { profile: existing, created: false }
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const profile = await this.createAccountProfiles({
          customer_id: customerId,
          shopper_id: this.generateShopperId(),
        })
        return { profile, created: true }
      } catch (e) {
        const [raced] = await this.listAccountProfiles({ customer_id: customerId })
        if (raced) {
          return { profile: raced, created: false }
        }
        if (attempt >= 5) {
          throw e
        }
      }
    }
  }

  /** Appends to the account's security history. */
  async recordSecurityEvent(input: {
    type: string
    customer_id?: string | null
    auth_identity_id?: string | null
    ip?: string | null
    user_agent?: string | null
    data?: Record<string, unknown> | null
  }) {
    return await this.createSecurityEvents({
      type: input.type,
      customer_id: input.customer_id ?? null,
      auth_identity_id: input.auth_identity_id ?? null,
      ip: input.ip ?? null,
      user_agent: input.user_agent?.slice(0, 300) ?? null,
      data: input.data ?? null,
    })
  }
}

export default AccountModuleService
