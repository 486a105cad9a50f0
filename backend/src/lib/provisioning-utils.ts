import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt } from "node:crypto"

/**
 * Secrets at rest: AES-256-GCM with a key derived (SHA-256) from the
 * module's secret; "v1:<iv>:<tag>:<ciphertext>" in base64, so a changed
 * scheme can be told apart later.
 */
export function encryptSecret(secretKey: string, plain: string): string {
  const key = createHash("sha256").update(secretKey).digest()
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", key, iv)
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), data.toString("base64")].join(":")
}

export function decryptSecret(secretKey: string, sealed: string): string {
  const [version, iv, tag, data] = sealed.split(":")
  if (version !== "v1" || !iv || !tag || !data) {
    throw new Error("Unknown secret format")
  }
  const key = createHash("sha256").update(secretKey).digest()
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"))
  decipher.setAuthTag(Buffer.from(tag, "base64"))
  return Buffer.concat([decipher.update(Buffer.from(data, "base64")), decipher.final()]).toString("utf8")
}

const LOWER = "abcdefghijkmnopqrstuvwxyz"
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
const DIGITS = "23456789"
const SYMBOLS = "-_.+=@#%"

/** A root password: 24 characters from every class (about 140 bits), no look-alikes. */
export function generatePassword(length = 24): string {
  const all = LOWER + UPPER + DIGITS + SYMBOLS
  const chars = [LOWER, UPPER, DIGITS, SYMBOLS].map((set) => set[randomInt(set.length)])
  while (chars.length < length) {
    chars.push(all[randomInt(all.length)])
  }
  // Fisher–Yates, so the guaranteed classes are not always first
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[chars[i], chars[j]] = [chars[j], chars[i]]
  }
  return chars.join("")
}

/** Delay before retry number `attempts` (base, 2×base, 4×base… capped). */
export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1))
}
