import { createHmac } from "node:crypto"

// RFC 6238 time-based one-time passwords (SHA-1, 6 digits, 30 s), as an
// authenticator app computes them, for tests that sign in with a second factor.

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

function base32Decode(secret) {
  const clean = secret.toUpperCase().replace(/[\s=-]/g, "")
  let bits = 0
  let value = 0
  const bytes = []
  for (const char of clean) {
    const index = BASE32.indexOf(char)
    if (index < 0) {
      throw new Error(`not a base32 secret: ${secret}`)
    }
    value = (value << 5) | index
    bits += 5
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(bytes)
}

/** The 30-second time step a TOTP code belongs to. */
export function totpStep(time = Date.now(), period = 30) {
  return Math.floor(time / 1000 / period)
}

/** The TOTP code of `secret` (base32) for the step of `time`. */
export function totp(secret, { time = Date.now(), period = 30, digits = 6 } = {}) {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(totpStep(time, period)))
  const hmac = createHmac("sha1", base32Decode(secret)).update(counter).digest()
  const offset = hmac[hmac.length - 1] & 0x0f
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 10 ** digits).padStart(digits, "0")
}
