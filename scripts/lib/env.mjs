import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
export const DATA_DIR = process.env.CLOUDSERVICES_DATA_DIR || join(ROOT, ".data")

/** Loads KEY=value lines from the root .env without overriding the real environment. */
export function loadDotEnv(file = join(ROOT, ".env")) {
  if (!existsSync(file)) {
    return
  }
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    const match = line.match(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/)
    if (!match || match[1] in process.env) {
      continue
    }
    process.env[match[1]] = match[2].replace(/^(['"])(.*)\1$/, "$2")
  }
}

let stepNo = 0
/** One progress line per step, so a long start shows where it is. */
export function step(total, text) {
  stepNo += 1
  process.stdout.write(`\n\x1b[36m[${stepNo}/${total}]\x1b[0m ${text}\n`)
}

export function info(text) {
  process.stdout.write(`      ${text}\n`)
}

/**
 * Secrets of a local install: taken from the environment when set, otherwise
 * generated once into .data/secrets.json (never committed, kept across
 * restarts so logins survive). Nothing in the repository is a secret.
 */
export function localSecrets(names = ["JWT_SECRET", "COOKIE_SECRET", "MFA_ENCRYPTION_KEY", "PROVISIONING_SECRET_KEY", "REVALIDATE_SECRET"]) {
  const file = join(DATA_DIR, "secrets.json")
  const stored = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  let changed = false
  for (const name of names) {
    if (!stored[name]) {
      stored[name] = randomBytes(32).toString("hex")
      changed = true
    }
  }
  if (changed) {
    mkdirSync(DATA_DIR, { recursive: true })
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 })
  }
  return Object.fromEntries(names.map((n) => [n, process.env[n] || stored[n]]))
}
