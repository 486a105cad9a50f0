#!/usr/bin/env node
/**
 * `npm start`: the whole product with demo data on one machine.
 * Database (embedded PostgreSQL unless DATABASE_URL is set) → migrations →
 * demo data (once) → builds → backend (Medusa, shared mode) → storefront.
 */
import {
  buildBackend,
  buildStorefront,
  medusa,
  readPublishableKey,
  startBackend,
  startStorefront,
  stopAll,
  waitFor,
} from "./lib/apps.mjs"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"
import { DATA_DIR, info, loadDotEnv, localSecrets, step } from "./lib/env.mjs"
import { join } from "node:path"

loadDotEnv()
const TOTAL = 7
const backendPort = process.env.BACKEND_PORT || process.env.PORT || "9000"
const storefrontPort = process.env.STOREFRONT_PORT || "8000"
const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${backendPort}`
const storefrontUrl = process.env.STOREFRONT_URL || `http://localhost:${storefrontPort}`
const secrets = localSecrets()
const revalidateSecret = secrets.REVALIDATE_SECRET

let db = null
const children = []
let stopping = false

async function shutdown(code = 0) {
  if (stopping) {
    return
  }
  stopping = true
  process.stdout.write("\nStopping CloudServices…\n")
  await stopAll(children)
  if (db) {
    info("stopping the embedded database")
    await db.stop().catch(() => undefined)
  }
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

async function main() {
  step(TOTAL, "Database")
  let databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    info("using DATABASE_URL (no embedded database started)")
  } else {
    db = await startEmbeddedPostgres({
      dataDir: DATA_DIR,
      database: process.env.DB_NAME || "cloudservices",
      preferredPort: Number(process.env.EMBEDDED_DB_PORT || 5432),
    })
    databaseUrl = db.url
    info(`embedded PostgreSQL on 127.0.0.1:${db.port}, data in ${DATA_DIR}/postgres${db.initialised ? " (new)" : ""}`)
  }
  const backendEnv = {
    DATABASE_URL: databaseUrl,
    PORT: backendPort,
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    REVALIDATE_SECRET: revalidateSecret,
    JWT_SECRET: secrets.JWT_SECRET,
    COOKIE_SECRET: secrets.COOKIE_SECRET,
    MFA_ENCRYPTION_KEY: secrets.MFA_ENCRYPTION_KEY,
    // encrypts the servers' root passwords: the same key on every start, or stored ones can't be read
    PROVISIONING_SECRET_KEY: secrets.PROVISIONING_SECRET_KEY,
    // plain-http local run: the admin session cookie can't be Secure
    SESSION_COOKIE_SECURE: backendUrl.startsWith("https:") ? "true" : "false",
    STORE_CORS: process.env.STORE_CORS || storefrontUrl,
    AUTH_CORS: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
    ADMIN_CORS: process.env.ADMIN_CORS || backendUrl,
    // local use: webhook endpoints may be a receiver on this machine (http://localhost:…)
    WEBHOOK_ALLOW_PRIVATE: process.env.WEBHOOK_ALLOW_PRIVATE || "true",
    // uploads: written and served (/static) from the same folder, whatever the backend's cwd
    FILE_UPLOAD_DIR: process.env.FILE_UPLOAD_DIR || join(DATA_DIR, "uploads"),
  }

  // the storefront is not up yet: nothing to tell it about catalog changes
  const setupEnv = { ...backendEnv, STOREFRONT_URL: "" }
  step(TOTAL, "Migrations (medusa db:migrate)")
  await medusa(["db:migrate"], setupEnv)

  step(TOTAL, "Demo data (first start only)")
  await medusa(["exec", "./src/scripts/seed.ts", "once"], setupEnv)
  const publishableKey = await readPublishableKey(databaseUrl)

  step(TOTAL, "Building backend and admin (skipped when up to date)")
  await buildBackend()

  step(TOTAL, "Building storefront (skipped when up to date)")
  await buildStorefront()

  step(TOTAL, `Starting backend on ${backendUrl}`)
  const backend = startBackend(backendEnv)
  children.push(backend)
  backend.on("exit", (code) => !stopping && shutdown(code ?? 1))
  await waitFor(`${backendUrl}/health`, { child: backend })

  step(TOTAL, `Starting storefront on ${storefrontUrl}`)
  const storefront = startStorefront({
    PORT: storefrontPort,
    // canonical URLs, sitemap and structured data name this address
    STOREFRONT_URL: storefrontUrl,
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    REVALIDATE_SECRET: revalidateSecret,
    ...storefrontPaymentEnv(),
  })
  children.push(storefront)
  storefront.on("exit", (code) => !stopping && shutdown(code ?? 1))
  await waitFor(`${storefrontUrl}/api/health`, { child: storefront })

  process.stdout.write(
    `\n\x1b[32mCloudServices is running.\x1b[0m\n` +
      `  Store:  ${storefrontUrl}\n` +
      `  Admin:  ${backendUrl}/app  (${process.env.ADMIN_EMAIL || "admin@cloudservices.local"} / ${process.env.ADMIN_PASSWORD ? "ADMIN_PASSWORD" : "CloudAdmin!2026"})\n` +
      `  Press Ctrl-C to stop.\n`
  )
}

/**
 * The public keys of the storefront's payment widgets, when set (the storefront
 * reads them at request time, so the build needs none of them). The PayPal
 * client id is public and the same as the backend's PAYPAL_CLIENT_ID; Razorpay
 * Checkout gets its key id from the payment session, so it needs nothing here.
 */
function storefrontPaymentEnv() {
  const env = {}
  const stripeKey = process.env.NEXT_PUBLIC_STRIPE_KEY
  const paypalClientId = process.env.NEXT_PUBLIC_PAYPAL_CLIENT_ID || process.env.PAYPAL_CLIENT_ID
  if (stripeKey) env.NEXT_PUBLIC_STRIPE_KEY = stripeKey
  if (paypalClientId) env.NEXT_PUBLIC_PAYPAL_CLIENT_ID = paypalClientId
  if (process.env.STRIPE_API_KEY && !stripeKey) {
    info("STRIPE_API_KEY is set but NEXT_PUBLIC_STRIPE_KEY is not: the checkout can't show the card form")
  }
  return env
}

main().catch(async (error) => {
  process.stderr.write(`\n\x1b[31mStart failed:\x1b[0m ${error.message}\n`)
  await shutdown(1)
})
