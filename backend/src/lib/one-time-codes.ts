import { createHmac, randomInt, timingSafeEqual } from "node:crypto"

/**
 * Six-digit one-time codes (email verification, email/SMS sign-in codes,
 * phone verification): only a keyed hash is stored, each code has an
 * expiry and a limited number of tries.
 */
export const CODE_TTL_SECONDS = 600
export const CODE_MAX_ATTEMPTS = 5

export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0")
}

/** Keyed by the subject (identity, phone…) so equal codes hash apart. */
export function hashCode(code: string, subject: string, secret: string): string {
  return createHmac("sha256", secret).update(`${subject}:${code.trim()}`).digest("hex")
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex")
  const y = Buffer.from(b, "hex")
  return x.length === y.length && timingSafeEqual(x, y)
}

/** What the cache holds for a pending code. */
export type StoredCode = { hash: string; expires_at: number; attempts: number; data?: Record<string, unknown> }

/** Minimal view of Medusa's cache module (the one its MFA challenges use). */
export type CodeCache = {
  get<T>(key: string): Promise<T | null>
  set(key: string, value: unknown, ttl?: number): Promise<void>
  invalidate(key: string): Promise<void>
}

export const mfaCodeKey = (method: string, authIdentityId: string) => `cs:otp:${method}:${authIdentityId}`
export const phoneCodeKey = (customerId: string) => `cs:otp:phone:${customerId}`

export async function storeCode(cache: CodeCache, key: string, code: string, subject: string, secret: string, data?: Record<string, unknown>) {
  const stored: StoredCode = { hash: hashCode(code, subject, secret), expires_at: Date.now() + CODE_TTL_SECONDS * 1000, attempts: 0, data }
  await cache.set(key, stored, CODE_TTL_SECONDS)
}

export type CodeCheck = { ok: true; data?: Record<string, unknown> } | { ok: false; reason: "missing" | "expired" | "wrong" | "locked" }

/** Checks a code once: right → consumed (single use); wrong → one try fewer. */
export async function consumeCode(cache: CodeCache, key: string, code: string, subject: string, secret: string): Promise<CodeCheck> {
  const stored = await cache.get<StoredCode>(key)
  if (!stored) {
    return { ok: false, reason: "missing" }
  }
  if (stored.expires_at <= Date.now()) {
    await cache.invalidate(key)
    return { ok: false, reason: "expired" }
  }
  if (stored.attempts >= CODE_MAX_ATTEMPTS) {
    return { ok: false, reason: "locked" }
  }
  if (!/^\d{6}$/.test(code.trim()) || !sameHash(stored.hash, hashCode(code, subject, secret))) {
    const ttl = Math.max(1, Math.ceil((stored.expires_at - Date.now()) / 1000))
    await cache.set(key, { ...stored, attempts: stored.attempts + 1 }, ttl)
    return { ok: false, reason: stored.attempts + 1 >= CODE_MAX_ATTEMPTS ? "locked" : "wrong" }
  }
  await cache.invalidate(key)
  return { ok: true, data: stored.data }
}
