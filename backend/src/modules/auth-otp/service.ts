import { MedusaError } from "@medusajs/framework/utils"
import { type CodeCache, consumeCode, mfaCodeKey } from "../../lib/one-time-codes"

type Factor = {
  id: string
  auth_identity_id: string
  provider: string
  status: "pending" | "enabled" | "disabled"
  provider_metadata?: Record<string, unknown> | null
}

type FactorService = {
  list(filters: Record<string, unknown>, config?: Record<string, unknown>, ctx?: unknown): Promise<Factor[]>
  retrieve(id: string, config?: Record<string, unknown>, ctx?: unknown): Promise<Factor>
  create(data: Record<string, unknown>, ctx?: unknown): Promise<Factor>
  update(data: Record<string, unknown>, ctx?: unknown): Promise<Factor>
}

type Deps = {
  authMfaFactorService: FactorService
  baseRepository: { serialize<T>(data: unknown): Promise<T> }
  cache: CodeCache
}

export type OtpProviderOptions = { secret?: string }

const REFUSALS = {
  missing: "No code was sent, or it was already used. Ask for a new code.",
  expired: "The code has expired. Ask for a new code.",
  wrong: "That code is not right. Check the latest message and try again.",
  locked: "Too many wrong codes. Ask for a new code.",
} as const

/**
 * A second factor that is a six-digit code sent by email or SMS. Medusa's
 * MFA keeps the factor (pending → enabled) and the sign-in challenge; the
 * code itself is issued by CloudServices' workflows into the same cache
 * Medusa keeps challenges in, and checked here once.
 */
abstract class OtpMfaProvider {
  abstract readonly method: string
  protected factors: FactorService
  protected baseRepository: Deps["baseRepository"]
  protected cache: CodeCache
  protected secret: string

  constructor({ authMfaFactorService, baseRepository, cache }: Deps, options: OtpProviderOptions = {}) {
    this.factors = authMfaFactorService
    this.baseRepository = baseRepository
    this.cache = cache
    if (!options.secret) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "One-time code MFA providers need a `secret` option")
    }
    this.secret = options.secret
  }

  static validateOptions(options: OtpProviderOptions) {
    if (!options?.secret) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "One-time code MFA providers need a `secret` option")
    }
  }

  async canVerifyForAuthIdentity(data: { auth_identity_id: string }, ctx?: unknown) {
    const [factor] = await this.factors.list(
      { auth_identity_id: data.auth_identity_id, provider: this.method, status: "enabled" },
      { select: ["id"] },
      ctx
    )
    return !!factor
  }

  /** Creates (or reuses) a pending factor; the setup code is sent by the caller. */
  async start(data: { auth_identity_id: string; label?: string | null; metadata?: Record<string, unknown> | null }, ctx?: unknown) {
    const existing = await this.factors.list(
      { auth_identity_id: data.auth_identity_id, provider: this.method, status: ["pending", "enabled"] },
      {},
      ctx
    )
    if (existing.some((f) => f.status === "enabled")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${this.method} is already turned on`)
    }
    const factor =
      existing[0] ??
      (await this.factors.create(
        {
          auth_identity_id: data.auth_identity_id,
          provider: this.method,
          status: "pending",
          provider_metadata: {},
          metadata: { ...(data.metadata ?? {}), label: data.label ?? undefined },
        },
        ctx
      ))
    return { mfa: await this.serialize(factor), secret: undefined, otpauth_url: undefined }
  }

  async verifySetup(data: { id: string; code: string }, ctx?: unknown) {
    const factor = await this.factors.retrieve(data.id, {}, ctx)
    if (factor.provider !== this.method || factor.status === "disabled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This factor can't be verified")
    }
    const check = await this.check(factor.auth_identity_id, data.code)
    if (!check.ok) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, REFUSALS[check.reason])
    }
    const enabled = factor.status === "pending" ? await this.factors.update({ id: factor.id, status: "enabled" }, ctx) : factor
    return await this.serialize(enabled)
  }

  async verify(data: { auth_identity_id: string; code: string }, ctx?: unknown) {
    if (!(await this.canVerifyForAuthIdentity(data, ctx))) {
      return false
    }
    return (await this.check(data.auth_identity_id, data.code)).ok
  }

  protected async check(authIdentityId: string, code: string) {
    return await consumeCode(this.cache, mfaCodeKey(this.method, authIdentityId), String(code ?? ""), authIdentityId, this.secret)
  }

  protected async serialize(factor: Factor) {
    const serialized = await this.baseRepository.serialize<Factor>(factor)
    delete serialized.provider_metadata
    return serialized
  }
}

export class EmailOtpMfaProvider extends OtpMfaProvider {
  static identifier = "email_otp"
  readonly method = "email_otp"
}

export class SmsOtpMfaProvider extends OtpMfaProvider {
  static identifier = "sms_otp"
  readonly method = "sms_otp"
}
