#!/usr/bin/env node
/**
 * `npm test`: every test of the product, in order of speed.
 *   1. backend unit tests (Jest)
 *   2. backend HTTP integration tests (Jest + @medusajs/test-utils, real PostgreSQL:
 *      DB_HOST/DB_USERNAME/DB_PASSWORD/DB_PORT when set, else an embedded one)
 *   3. browser tests (Playwright driving Chromium) against the built backend,
 *      admin and storefront, started here on a fresh, seeded database
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
import { freePort, startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"
import { DATA_DIR, ROOT, info, loadDotEnv, step } from "./lib/env.mjs"

loadDotEnv()
const only = process.argv[2] // optional: unit | integration | e2e
const TOTAL = only ? 1 : 3
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

/** Runs Jest in the backend and adds its counts to the totals. */
async function jest(testType, env = {}) {
  const out = join(DATA_DIR, `jest-${testType.replace(/\W/g, "-")}.json`)
  mkdirSync(DATA_DIR, { recursive: true })
  rmSync(out, { force: true })
  let failedRun = null
  try {
    await run(
      join(ROOT, "node_modules", ".bin", "jest"),
      ["--runInBand", "--forceExit", "--silent", "--json", `--outputFile=${out}`],
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
    info(`${testType}: ${result.numPassedTests} passed, ${result.numFailedTests} failed`)
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

/** Node's test runner over e2e/tests, TAP output parsed for the totals. */
async function nodeTests(env) {
  const lines = []
  try {
    await new Promise((resolve, reject) => {
      import("node:child_process").then(({ spawn }) => {
        const child = spawn(
          process.execPath,
          ["--test", "--test-concurrency=1", "--test-reporter=tap", "tests/"],
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
  info(`e2e: ${passed} passed, ${failed} failed`)
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

  const backend = startBackend(backendEnv)
  children.push(backend)
  await waitFor(`${backendUrl}/health`, { child: backend })
  const storefront = startStorefront({
    PORT: storefrontPort,
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY: await readPublishableKey(databaseUrl),
    REVALIDATE_SECRET: secret,
  })
  children.push(storefront)
  await waitFor(`${storefrontUrl}/api/health`, { child: storefront })
  await nodeTests({ STOREFRONT_URL: storefrontUrl, BACKEND_URL: backendUrl })
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

async function main() {
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
      await jest("integration:http", dbEnv(conn))
    }
    if (!only || only === "e2e") {
      step(TOTAL, "Browser tests (Chromium) against the built apps")
      await e2e(conn)
    }
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
