import { MedusaError } from "@medusajs/framework/utils"
import { CODE_MAX_ATTEMPTS, CODE_TTL_SECONDS, hashCode, newCode, sameHash } from "../../lib/one-time-codes"

type Verification = {
  id: string
  auth_identity_id: string
  entity_id: string
  entity_type: string
  code_provider: string
  verified_at: Date | string | null
  requested_at: Date | string
  provider_metadata?: EmailCodeState | null
  metadata?: Record<string, unknown> | null
}

/** What the verification record keeps about its code (never the code itself). */
export type EmailCodeState = {
  code_hash: string | null
  expires_at: number | null
  attempts: number
  /** when each code of the last hour was sent, for the cooldown and hourly cap */
  sent_at: number[]
}

type VerificationService = {
  list(filters: Record<string, unknown>, config?: Record<string, unknown>, ctx?: unknown): Promise<Verification[]>
  create(data: Record<string, unknown>, ctx?: unknown): Promise<Verification>
  update(data: Record<string, unknown>, ctx?: unknown): Promise<Verification>
}

export type EmailCodeOptions = {
  secret?: string
  ttl_seconds?: number
  max_attempts?: number
  cooldown_seconds?: number
  max_per_hour?: number
}

export const EMAIL_CODE_REFUSALS = {
  invalid: "That code is not valid. Check the latest email or ask for a new code.",
  expired: "The code has expired. Ask for a new code.",
  locked: "Too many wrong codes. Ask for a new code.",
} as const

/** Seconds until the next code may be sent (0 = now), from a record's send history. */
export function resendWaitSeconds(state: Pick<EmailCodeState, "sent_at"> | null | undefined, now: number, cooldownSeconds = 60, maxPerHour = 5) {
  const sent = (state?.sent_at ?? []).filter((t) => now - t < 3600_000).sort((a, b) => a - b)
  const last = sent[sent.length - 1]
  const cooldown = last ? Math.ceil((last + cooldownSeconds * 1000 - now) / 1000) : 0
  const hourly = sent.length >= maxPerHour ? Math.ceil((sent[sent.length - maxPerHour] + 3600_000 - now) / 1000) : 0
  return Math.max(0, cooldown, hourly)
}

/**
 * Medusa verification provider "email_code": a six-digit code by email,
 * 10-minute expiry, stored as a keyed hash on Medusa's verification record,
 * 5 tries, at most one code a minute and five an hour. Sending is done by a
 * subscriber to Medusa's `auth.verification_requested` event.
 */
export class EmailCodeVerificationProvider {
  static identifier = "email_code"
  readonly identifier = "email_code"
  protected verifications: VerificationService
  protected options: Required<EmailCodeOptions>

  constructor({ authVerificationService }: { authVerificationService: VerificationService }, options: EmailCodeOptions = {}) {
    this.verifications = authVerificationService
    if (!options.secret) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The email_code verification provider needs a `secret` option")
    }
    this.options = {
      secret: options.secret,
      ttl_seconds: options.ttl_seconds ?? CODE_TTL_SECONDS,
      max_attempts: options.max_attempts ?? CODE_MAX_ATTEMPTS,
      cooldown_seconds: options.cooldown_seconds ?? 60,
      max_per_hour: options.max_per_hour ?? 5,
    }
  }

  async request(
    data: { auth_identity_id: string; entity_id: string; entity_type: string; code_provider: string; metadata?: Record<string, unknown> },
    ctx?: unknown
  ) {
    const [existing] = await this.verifications.list(
      { auth_identity_id: data.auth_identity_id, entity_id: data.entity_id, entity_type: data.entity_type },
      { take: 1, skip: 0 },
      ctx
    )
    if (existing?.verified_at) {
      return existing
    }
    const now = Date.now()
    const state = existing?.provider_metadata
    const wait = resendWaitSeconds(state, now, this.options.cooldown_seconds, this.options.max_per_hour)
    if (wait > 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Wait ${wait} seconds before asking for another code.`)
    }
    const code = newCode()
    const next: EmailCodeState = {
      code_hash: hashCode(code, data.auth_identity_id, this.options.secret),
      expires_at: now + this.options.ttl_seconds * 1000,
      attempts: 0,
      sent_at: [...(state?.sent_at ?? []).filter((t) => now - t < 3600_000), now],
    }
    const verification = existing
      ? await this.verifications.update(
          { id: existing.id, code_provider: data.code_provider, provider_metadata: next, requested_at: new Date(now), verified_at: null },
          ctx
        )
      : await this.verifications.create(
          {
            auth_identity_id: data.auth_identity_id,
            entity_id: data.entity_id,
            entity_type: data.entity_type,
            code_provider: data.code_provider,
            provider_metadata: next,
            requested_at: new Date(now),
            metadata: data.metadata ?? null,
          },
          ctx
        )
    return { ...verification, code, expires_at: new Date(next.expires_at!) }
  }

  async confirm(data: { auth_identity_id?: string; code?: string; code_provider?: string }, ctx?: unknown) {
    if (!data.auth_identity_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Sign in first, or confirm with your email address and the code.")
    }
    const [verification] = await this.verifications.list(
      { auth_identity_id: data.auth_identity_id, code_provider: this.identifier },
      { take: 1, skip: 0, order: { requested_at: "DESC" } },
      ctx
    )
    if (!verification) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, EMAIL_CODE_REFUSALS.invalid)
    }
    if (verification.verified_at) {
      return verification
    }
    const state = verification.provider_metadata
    if (!state?.code_hash || !state.expires_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, EMAIL_CODE_REFUSALS.invalid)
    }
    if (state.attempts >= this.options.max_attempts) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, EMAIL_CODE_REFUSALS.locked)
    }
    if (state.expires_at <= Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, EMAIL_CODE_REFUSALS.expired)
    }
    const code = String(data.code ?? "").trim()
    if (!/^\d{6}$/.test(code) || !sameHash(state.code_hash, hashCode(code, data.auth_identity_id, this.options.secret))) {
      const attempts = state.attempts + 1
      await this.verifications.update({ id: verification.id, provider_metadata: { ...state, attempts } }, ctx)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        attempts >= this.options.max_attempts ? EMAIL_CODE_REFUSALS.locked : EMAIL_CODE_REFUSALS.invalid
      )
    }
    return await this.verifications.update(
      { id: verification.id, verified_at: new Date(), provider_metadata: { ...state, code_hash: null, expires_at: null } },
      ctx
    )
  }
}
