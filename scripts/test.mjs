#!/usr/bin/env node
/**
 * `npm test`: every test of the product, in order of speed.
 *   1. lint and type check, side by side: ESLint (`npm run lint`, with the
 *      tests of its local import-boundary rule) and `tsc --noEmit` for the
 *      backend, the admin and the storefront (`npm run typecheck`), one item each
 *   2. backend unit tests (Jest)
 *   3. backend HTTP integration tests (Jest + @medusajs/test-utils, real PostgreSQL:
 *      DB_HOST/DB_USERNAME/DB_PASSWORD/DB_PORT when set, else an embedded one)
 *   4. browser tests (Playwright driving Chromium) against the built backend,
 *      admin and storefront, started here on a fresh, seeded database:
 *      e2e/tests/ with the product as it ships (offline payments), then
 *      e2e/gateways/ after a backend restart with Stripe, PayPal and Razorpay
 *      keyed against local stubs of their APIs
 *   5. the cluster drill (`npm run drill`): two servers and two workers on the
 *      local PostgreSQL and Redis, checked across instances (skipped when
 *      either can't be reached)
 * `npm test -- lint|unit|integration|e2e [tests|gateways]|drill` runs one part.
 * Ends with one line: "N passed, N failed".
 */
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import { createConnection } from "node:net"
import { join } from "node:path"
import pg from "pg"
import {
  BACKEND_DIR,
  buildBackend,
  buildStorefront,
  medusa,
  readPublishableKey,
  run,
  startBackend,
  startStorefront,
  stopAll,
  waitFor,
} from "./lib/apps.mjs"
import { runChecks } from "./lib/checks.mjs"
import { freePort, startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"
import { DATA_DIR, ROOT, info, loadDotEnv, step } from "./lib/env.mjs"

loadDotEnv()
const only = process.argv[2] // optional: lint | unit | integration | e2e | drill
// with e2e, optionally one browser phase: tests (the product as it ships) | gateways (payment gateways on stubs)
const e2ePhase = only === "e2e" ? process.argv[3] : undefined
const TOTAL = only ? 1 : 5
const totals = { passed: 0, failed: 0 }
const children = []
let db = null

async function cleanup() {
  await stopAll(children)
  if (db) {
    await db.stop().catch(() => undefined)
  }
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await cleanup()
    process.exit(130)
  })
}

/**
 * Runs Jest in the backend and adds its counts to the totals. `workers`: the
 * integration suites run in two worker processes that are replaced once they
 * hold more than WORKER_MEMORY after a suite (each suite boots a whole Medusa
 * app; one process running all of them in band runs out of heap).
 */
const WORKER_MEMORY = "1500MB"
async function jest(testType, env = {}, { workers = 0 } = {}) {
  const out = join(DATA_DIR, `jest-${testType.replace(/\W/g, "-")}.json`)
  mkdirSync(DATA_DIR, { recursive: true })
  rmSync(out, { force: true })
  let failedRun = null
  try {
    await run(
      join(ROOT, "node_modules", ".bin", "jest"),
      [
        ...(workers ? [`--maxWorkers=${workers}`, `--workerIdleMemoryLimit=${WORKER_MEMORY}`] : ["--runInBand"]),
        "--forceExit",
        "--silent",
        "--json",
        `--outputFile=${out}`,
      ],
      {
        cwd: BACKEND_DIR,
        env: { TEST_TYPE: testType, NODE_OPTIONS: "--experimental-vm-modules", LOG_LEVEL: "error", ...env },
      }
    )
  } catch (e) {
    failedRun = e
  }
  if (existsSync(out)) {
    const result = JSON.parse(readFileSync(out, "utf8"))
    totals.passed += result.numPassedTests
    totals.failed += result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0)
    const broken = result.numRuntimeErrorTestSuites ?? 0
    info(`${testType}: ${result.numPassedTests} passed, ${result.numFailedTests + broken} failed${broken ? ` (${broken} suite${broken > 1 ? "s" : ""} did not run)` : ""}`)
  } else if (failedRun) {
    totals.failed += 1
    info(`${testType}: did not run (${failedRun.message})`)
  }
}

/** The database server the tests use: the one named by DB_HOST, or an embedded one. */
async function testDatabase() {
  if (process.env.DB_HOST) {
    info(`using PostgreSQL at ${process.env.DB_HOST}:${process.env.DB_PORT || 5432}`)
    return {
      host: process.env.DB_HOST,
      port: Number(process.env.DB_PORT || 5432),
      user: process.env.DB_USERNAME || "postgres",
      password: process.env.DB_PASSWORD || "",
    }
  }
  db = await startEmbeddedPostgres({
    dataDir: join(DATA_DIR, "test"),
    database: "postgres",
    preferredPort: 54329,
  })
  info(`embedded PostgreSQL on localhost:${db.port}`)
  return { host: "localhost", port: db.port, user: "postgres", password: db.password }
}

const dbEnv = (conn) => ({
  DB_HOST: conn.host,
  DB_PORT: String(conn.port),
  DB_USERNAME: conn.user,
  DB_PASSWORD: conn.password,
})

/** Node's test runner over one e2e folder (tests/ or gateways/), TAP output parsed for the totals. */
async function nodeTests(env, dir) {
  const lines = []
  try {
    await new Promise((resolve, reject) => {
      import("node:child_process").then(({ spawn }) => {
        const child = spawn(
          process.execPath,
          ["--test", "--test-concurrency=1", "--test-reporter=tap", ...dir.split(/\s+/).filter(Boolean)],
          { cwd: join(ROOT, "e2e"), env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] }
        )
        child.stdout.on("data", (chunk) => {
          process.stdout.write(chunk)
          lines.push(...chunk.toString().split(/\r?\n/))
        })
        child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))))
      })
    })
  } catch {
    // counted below from the TAP summary
  }
  const count = (name) => Number(lines.find((l) => l.startsWith(`# ${name} `))?.split(" ")[2] ?? 0)
  const passed = count("pass")
  const failed = count("fail") + count("cancelled")
  totals.passed += passed
  totals.failed += failed || (passed ? 0 : 1)
  info(`e2e ${dir}: ${passed} passed, ${failed} failed`)
}

async function e2e(conn) {
  const database = process.env.E2E_DATABASE || "cloudservices_e2e"
  const admin = new pg.Client({ ...conn, database: "postgres" })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${database}`)
  await admin.end()
  const databaseUrl = `postgres://${encodeURIComponent(conn.user)}${conn.password ? `:${encodeURIComponent(conn.password)}` : ""}@${conn.host}:${conn.port}/${database}`

  const backendPort = String(await freePort(9100))
  const storefrontPort = String(await freePort(8100))
  // live chat's socket.io port: free, so two test runs on one machine don't collide
  const chatPort = String(await freePort(9200))
  const backendUrl = `http://localhost:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const secret = randomBytes(16).toString("hex")
  const backendEnv = {
    DATABASE_URL: databaseUrl,
    PORT: backendPort,
    CHAT_SOCKET_PORT: chatPort,
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    REVALIDATE_SECRET: secret,
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    MFA_ENCRYPTION_KEY: randomBytes(32).toString("hex"),
    PROVISIONING_SECRET_KEY: randomBytes(32).toString("hex"),
    // every browser test signs in from 127.0.0.1: the per-address auth limit
    // (5 per 15 minutes) is proven by the security integration spec instead
    AUTH_RATE_LIMIT_MAX: "1000",
    // plain-http local run: the admin session cookie can't be Secure
    SESSION_COOKIE_SECURE: backendUrl.startsWith("https:") ? "true" : "false",
    STORE_CORS: storefrontUrl,
    AUTH_CORS: `${storefrontUrl},${backendUrl}`,
    ADMIN_CORS: backendUrl,
    LOG_LEVEL: "warn",
  }
  info("migrating and seeding a fresh database")
  const setupEnv = { ...backendEnv, STOREFRONT_URL: "", LOG_LEVEL: "error" }
  await medusa(["db:migrate"], setupEnv)
  await medusa(["exec", "./src/scripts/seed.ts"], setupEnv)
  info("building backend, admin and storefront (skipped when up to date)")
  await buildBackend()
  await buildStorefront()

  const gateways = await gatewayStubConfig()
  const backend = startBackend(backendEnv)
  children.push(backend)
  await waitFor(`${backendUrl}/health`, { child: backend })
  const storefront = startStorefront({
    PORT: storefrontPort,
    // canonical URLs, sitemap.xml and structured data name this address
    STOREFRONT_URL: storefrontUrl,
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY: await readPublishableKey(databaseUrl),
    REVALIDATE_SECRET: secret,
    // the gateways' public keys (used only once a region offers them: phase 2)
    NEXT_PUBLIC_STRIPE_KEY: gateways.config.stripe.publishableKey,
    NEXT_PUBLIC_PAYPAL_CLIENT_ID: gateways.config.paypal.clientId,
  })
  children.push(storefront)
  await waitFor(`${storefrontUrl}/api/health`, { child: storefront })
  const testEnv = { STOREFRONT_URL: storefrontUrl, BACKEND_URL: backendUrl }
  // phase 1: the product as it ships, every region on the offline provider
  if (e2ePhase !== "gateways") {
    // E2E_ONLY="tests/a.test.mjs tests/b.test.mjs" runs those files of the folder (while working on them)
    await nodeTests(testEnv, process.env.E2E_ONLY || "tests/")
  }
  if (e2ePhase === "tests") {
    return
  }

  // phase 2: the same product with Stripe, PayPal and Razorpay keyed against the
  // local stubs the tests start (e2e/lib/gateways.mjs): regions re-synced to their gateways
  info("restarting the backend with the payment gateways configured (local stubs)")
  await stopAll([backend])
  const gatewayBackendEnv = { ...backendEnv, ...gateways.backendEnv }
  await medusa(["exec", "./src/scripts/sync-payment-providers.ts"], { ...gatewayBackendEnv, STOREFRONT_URL: "", LOG_LEVEL: "error" })
  const gatewayBackend = startBackend(gatewayBackendEnv)
  children.push(gatewayBackend)
  await waitFor(`${backendUrl}/health`, { child: gatewayBackend })
  await nodeTests({ ...testEnv, E2E_GATEWAYS: JSON.stringify(gateways.config) }, "gateways/")
}

/**
 * Ports and keys of the gateway stubs for browser phase 2: what the backend is
 * given (as a real deployment sets STRIPE_*, PAYPAL_*, RAZORPAY_*) and what
 * the tests start their stubs with. Keys are random per run.
 */
async function gatewayStubConfig() {
  const hex = (n) => randomBytes(n).toString("hex")
  const config = {
    stripe: {
      port: await freePort(19300),
      apiKey: `sk_test_${hex(12)}`,
      publishableKey: `pk_test_${hex(12)}`,
      webhookSecret: `whsec_${hex(16)}`,
    },
    paypal: { port: await freePort(19400), clientId: `cs-${hex(8)}`, clientSecret: hex(16), webhookId: `WH-${hex(8)}` },
    razorpay: { port: await freePort(19500), keyId: `rzp_test_${hex(7)}`, keySecret: hex(12), webhookSecret: hex(12) },
  }
  return {
    config,
    backendEnv: {
      STRIPE_API_KEY: config.stripe.apiKey,
      STRIPE_WEBHOOK_SECRET: config.stripe.webhookSecret,
      STRIPE_API_HOST: "127.0.0.1",
      STRIPE_API_PORT: String(config.stripe.port),
      STRIPE_API_PROTOCOL: "http",
      PAYPAL_CLIENT_ID: config.paypal.clientId,
      PAYPAL_CLIENT_SECRET: config.paypal.clientSecret,
      PAYPAL_WEBHOOK_ID: config.paypal.webhookId,
      PAYPAL_API_BASE: `http://127.0.0.1:${config.paypal.port}`,
      RAZORPAY_KEY_ID: config.razorpay.keyId,
      RAZORPAY_KEY_SECRET: config.razorpay.keySecret,
      RAZORPAY_WEBHOOK_SECRET: config.razorpay.webhookSecret,
      RAZORPAY_API_BASE: `http://127.0.0.1:${config.razorpay.port}`,
    },
  }
}

/** Whether something answers PING like Redis at host:port (within a second). */
function redisAnswers(host, port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.on("error", () => done(false))
    socket.on("connect", () => socket.write("PING\r\n"))
    socket.on("data", (d) => done(String(d).startsWith("+PONG")))
  })
}

/** `npm run drill` as a child; its "drill: N passed, N failed" line counts. */
async function drill() {
  const { spawn } = await import("node:child_process")
  let summary = ""
  await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts", "drill.mjs")], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] })
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk)
      summary += chunk.toString()
    })
    child.on("exit", resolve)
  })
  const m = summary.match(/drill: (\d+) passed, (\d+) failed/)
  const passed = Number(m?.[1] ?? 0)
  const failed = m ? Number(m[2]) : 1
  totals.passed += passed
  totals.failed += failed
  info(`drill: ${passed} passed, ${failed} failed`)
}

async function main() {
  if (!only || only === "lint") {
    step(TOTAL, "Lint and type check (ESLint; tsc for backend, admin, storefront)")
    const checks = await runChecks()
    totals.passed += checks.passed
    totals.failed += checks.failed
  }
  if (!only || only === "unit") {
    step(TOTAL, "Backend unit tests")
    const redisUrl = process.env.TEST_REDIS_URL || (await redisAnswers("127.0.0.1", 6379) ? "redis://127.0.0.1:6379" : "")
    info(redisUrl ? `Redis-backed counters tested against ${redisUrl}` : "no Redis on 127.0.0.1:6379: the Redis counter store is not tested")
    await jest("unit", redisUrl ? { TEST_REDIS_URL: redisUrl } : {})
  }
  if (!only || only === "integration" || only === "e2e") {
    const conn = await testDatabase()
    if (!only || only === "integration") {
      step(TOTAL, "Backend HTTP integration tests (real PostgreSQL)")
      await jest("integration:http", dbEnv(conn), { workers: Number(process.env.TEST_WORKERS || 2) })
    }
    if (!only || only === "e2e") {
      step(TOTAL, "Browser tests (Chromium) against the built apps")
      await e2e(conn)
    }
  }
  if (!only || only === "drill") {
    await stopAll(children)
    step(TOTAL, "Cluster drill: two servers and two workers on PostgreSQL and Redis")
    await drill()
  }
}

main()
  .catch((error) => {
    process.stderr.write(`\nTest run failed: ${error.stack || error.message}\n`)
    totals.failed += 1
  })
  .finally(async () => {
    await cleanup()
    process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`)
    process.exit(totals.failed ? 1 : 0)
  })
