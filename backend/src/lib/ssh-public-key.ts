import { createHash } from "node:crypto"

// OpenSSH public key lines as a buyer pastes them for a server: parsed and
// checked from the wire format, fingerprinted as `ssh-keygen -lf` prints it.

export type SshPublicKey = { type: string; bits: number; comment: string; fingerprint: string }

const ECDSA_POINT: Record<string, number> = { nistp256: 65, nistp384: 97, nistp521: 133 }

const SSH_KEY_TYPES = [
  "ssh-ed25519",
  "ssh-rsa",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "sk-ssh-ed25519@openssh.com",
  "sk-ecdsa-sha2-nistp256@openssh.com",
]

/** Reads SSH wire-format strings (uint32 length + bytes) off a key blob. */
class Reader {
  private offset = 0
  constructor(private readonly buf: Buffer) {}
  bytes(): Buffer {
    if (this.offset + 4 > this.buf.length) {
      throw new Error("truncated")
    }
    const length = this.buf.readUInt32BE(this.offset)
    this.offset += 4
    if (length > this.buf.length - this.offset) {
      throw new Error("truncated")
    }
    const out = this.buf.subarray(this.offset, this.offset + length)
    this.offset += length
    return out
  }
  text(): string {
    return this.bytes().toString("latin1")
  }
  done(): boolean {
    return this.offset === this.buf.length
  }
}

function bitLength(mpint: Buffer): number {
  let i = 0
  while (i < mpint.length && mpint[i] === 0) {
    i++
  }
  if (i === mpint.length) {
    return 0
  }
  return (mpint.length - i - 1) * 8 + (32 - Math.clz32(mpint[i]))
}

/**
 * An OpenSSH public key line ("ssh-ed25519 AAAA… comment"): the base64 blob
 * must decode, name the same key type as the prefix and hold a well-formed
 * key of that type (RSA at least 2048 bits). Private keys, other formats and
 * garbage are refused with a message for the buyer.
 */
export function parseSshPublicKey(input: string): { key: SshPublicKey } | { error: string } {
  const text = input.trim()
  if (/PRIVATE KEY|PuTTY-User-Key-File/i.test(text)) {
    return { error: "That is a private key. Paste your public key (the .pub file) and keep the private key to yourself." }
  }
  if (/BEGIN SSH2 PUBLIC KEY/.test(text)) {
    return { error: "Paste the key in OpenSSH format, one line starting with ssh-ed25519, ssh-rsa or ecdsa-sha2-…" }
  }
  if (text.length > 16_384) {
    return { error: "That SSH key is too long." }
  }
  if (/[\r\n]/.test(text)) {
    return { error: "Paste one SSH public key, on one line." }
  }
  const [type, data, ...comment] = text.split(/\s+/)
  if (!SSH_KEY_TYPES.includes(type)) {
    return {
      error:
        type === "ssh-dss"
          ? "DSA keys are no longer accepted; use an Ed25519, ECDSA or RSA (2048 bits or more) key."
          : "That is not an SSH public key: it must start with ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp256.",
    }
  }
  const invalid = { error: `That ${type} key is damaged: its data is not a valid ${type} key. Copy the whole line of the .pub file.` }
  if (!data || data.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) {
    return invalid
  }
  const blob = Buffer.from(data, "base64")
  let bits = 0
  try {
    const reader = new Reader(blob)
    if (reader.text() !== type) {
      return { error: `That key says ${type} but its data is a different kind of key. Copy the whole line of the .pub file.` }
    }
    if (type === "ssh-ed25519" || type === "sk-ssh-ed25519@openssh.com") {
      if (reader.bytes().length !== 32) {
        return invalid
      }
      bits = 256
    } else if (type === "ssh-rsa") {
      const exponent = reader.bytes()
      bits = bitLength(reader.bytes())
      if (!bitLength(exponent) || bits > 16_384) {
        return invalid
      }
      if (bits < 2048) {
        return { error: `RSA keys must have at least 2048 bits; this one has ${bits}. Generate an Ed25519 key (ssh-keygen -t ed25519) instead.` }
      }
    } else {
      const curve = reader.text()
      const point = reader.bytes()
      if (!type.includes(curve) || point.length !== ECDSA_POINT[curve] || point[0] !== 0x04) {
        return invalid
      }
      bits = Number(curve.slice(5))
    }
    if (type.startsWith("sk-")) {
      // the FIDO application ("ssh:")
      reader.bytes()
    }
    if (!reader.done()) {
      return invalid
    }
  } catch {
    return invalid
  }
  const fingerprint = `SHA256:${createHash("sha256").update(blob).digest("base64").replace(/=+$/, "")}`
  return { key: { type, bits, comment: comment.join(" "), fingerprint } }
}

/** `SHA256:…` fingerprint of a valid public key line (as `ssh-keygen -lf` prints it), else null. */
export function sshKeyFingerprint(input: string): string | null {
  const parsed = parseSshPublicKey(input)
  return "key" in parsed ? parsed.key.fingerprint : null
}
