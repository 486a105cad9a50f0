#!/usr/bin/env node
/**
 * `npm run jobs -- --as-of 2027-03-01 [--job lifecycle|cleanup]`: runs a
 * scheduled job as of a date against the product's database (the running
 * embedded one, a fresh start of it, or DATABASE_URL), so an operator can
 * watch reminders, suspensions and renewals happen in a demo (`lifecycle`, the
 * default), or purge old notification log messages now (`cleanup`).
 */

import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { medusa } from "./lib/apps.mjs"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"
import { DATA_DIR, info, loadDotEnv, localSecrets } from "./lib/env.mjs"

loadDotEnv()
const option = (name, fallback) => {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : fallback
}
const asOf = option("--as-of", new Date().toISOString())
const job = option("--job", "lifecycle")
if (!asOf || Number.isNaN(new Date(asOf).getTime()) || !["lifecycle", "cleanup"].includes(job)) {
  process.stderr.write("usage: npm run jobs -- --as-of 2027-03-01 [--job lifecycle|cleanup]\n")
  process.exit(2)
}

/** The embedded database `npm start` is running right now, if any. */
function runningEmbedded() {
  const pidFile = join(DATA_DIR, "postgres", "postmaster.pid")
  if (!existsSync(pidFile)) {
    return null
  }
  const [pid, , , port] = readFileSync(pidFile, "utf8").split("\n")
  try {
    process.kill(Number(pid), 0)
  } catch {
    return null
  }
  const password = readFileSync(join(DATA_DIR, "postgres.password"), "utf8").trim()
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port.trim()}/${process.env.DB_NAME || "cloudservices"}`
}

let db = null
let databaseUrl = process.env.DATABASE_URL || runningEmbedded()
if (!databaseUrl) {
  db = await startEmbeddedPostgres({ dataDir: DATA_DIR, database: process.env.DB_NAME || "cloudservices" })
  databaseUrl = db.url
}
info(`${job === "cleanup" ? "cleanup" : "subscription lifecycle"} as of ${new Date(asOf).toISOString()}`)
try {
  await medusa(["exec", "./src/scripts/run-jobs.ts", asOf, job], {
    DATABASE_URL: databaseUrl,
    STOREFRONT_URL: "",
    ...localSecrets(["JWT_SECRET", "COOKIE_SECRET", "MFA_ENCRYPTION_KEY", "PROVISIONING_SECRET_KEY"]),
    // V8 otherwise lets the heap grow to ~4× what is live before collecting (README, "Benchmarks")
    NODE_OPTIONS: ["--max-old-space-size=512", process.env.NODE_OPTIONS].filter(Boolean).join(" "),
  })
} finally {
  await db?.stop()
}

