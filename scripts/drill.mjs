#!/usr/bin/env node
/**
 * `npm run drill`: the production shape, run for real. Two backend servers
 * (MEDUSA_WORKER_MODE=server) and two workers on one PostgreSQL (a fresh
 * database on the local server) and one Redis, with an SMTP server that
 * keeps what it receives; then checks what must hold across instances:
 *   - a login made on one server works on the other; the sign-in limit is shared
 *   - ending a "view as customer" session on one server refuses its token on the other at once
 *   - chat messages cross servers both ways, over the sockets
 *   - a notification a worker emits (a ticket reply) reaches the customer's sockets on both servers
 *   - suspending a customer drops their sockets on every server
 *   - an order's side effects (subscription, email) happen once, in a worker
 *   - an every-minute job runs once per tick with two workers
 *   - a worker killed mid-batch loses no email; duplicates carry the same Message-ID
 *   - a server killed: a cart started on it is completed on the other
 * Prints "N passed, N failed"; exits 1 on a failure, 0 when all pass, and
 * prints "skipped" (exit 0) when PostgreSQL or Redis can't be reached.
 *
 * PostgreSQL: DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (default 127.0.0.1:5432,
 * postgres). Redis: DRILL_REDIS_URL (default redis://127.0.0.1:6379/7 — a
 * database of its own, flushed at the start).
 */
import { randomBytes } from "node:crypto"
import { createWriteStream, mkdirSync, readFileSync, rmSync } from "node:fs"
import { createConnection } from "node:net"
import { join } from "node:path"
import pg from "pg"
import { BACKEND_DIR, buildBackend, medusa, readPublishableKey, startProcess, stopAll, waitFor } from "./lib/apps.mjs"
import { freePort } from "./lib/embedded-postgres.mjs"
import { DATA_DIR, info, loadDotEnv } from "./lib/env.mjs"
import { runDrillChecks } from "./lib/drill-checks.mjs"

loadDotEnv()

const conn = {
  host: process.env.DB_HOST || "127.0.0.1",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
}
const redisUrl = process.env.DRILL_REDIS_URL || "redis://127.0.0.1:6379/7"
const database = process.env.DRILL_DATABASE || "cloudservices_drill"
if (!/^[a-z_][a-z0-9_]*$/.test(database)) {
  process.stderr.write(`drill: DRILL_DATABASE must be a plain database name (got "${database}")\n`)
  process.exit(2)
}
const logDir = join(DATA_DIR, "drill")
const children = []

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port })
    socket.setTimeout(2000)
    socket.once("connect", () => {
      socket.end()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
    socket.once("timeout", () => {
      socket.destroy()
      resolve(false)
    })
  })
}

/** FLUSHDB on the drill's Redis database, spoken in RESP (no client library needed). */
function flushRedis(url) {
  const { hostname, port, pathname } = new URL(url)
  const db = pathname.replace("/", "") || "0"
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) })
    let answer = ""
    socket.on("data", (chunk) => {
      answer += chunk.toString()
      if ((answer.match(/\r\n/g) ?? []).length >= 2) {
        socket.end()
        if (answer.includes("-ERR")) reject(new Error(answer))
        else resolve()
      }
    })
    socket.on("error", reject)
    socket.write(`*2\r\n$6\r\nSELECT\r\n$${db.length}\r\n${db}\r\n*1\r\n$7\r\nFLUSHDB\r\n`)
  })
}

async function freshDatabase() {
  const admin = new pg.Client({ ...conn, database: "postgres" })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${database}`)
  await admin.end()
  return `postgres://${encodeURIComponent(conn.user)}${conn.password ? `:${encodeURIComponent(conn.password)}` : ""}@${conn.host}:${conn.port}/${database}`
}

/** One backend process from the build, its output in .data/drill/<name>.log (read by the checks). */
function startInstance(name, env) {
  const logFile = join(logDir, `${name}.log`)
  const child = startProcess(name, join(BACKEND_DIR, "..", "node_modules", ".bin", "medusa"), ["start"], {
    cwd: join(BACKEND_DIR, ".medusa", "server"),
    env,
    quiet: true,
  })
  const log = createWriteStream(logFile, { flags: "a" })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  children.push(child)
  return { name, child, env, logFile, readLog: () => readFileSync(logFile, "utf8") }
}

async function main() {
  if (!(await reachable(conn.host, conn.port)) || !(await reachable(new URL(redisUrl).hostname, Number(new URL(redisUrl).port || 6379)))) {
    info(`drill: skipped (needs PostgreSQL at ${conn.host}:${conn.port} and Redis at ${redisUrl})`)
    process.stdout.write("drill: 0 passed, 0 failed (skipped)\n")
    return 0
  }
  rmSync(logDir, { recursive: true, force: true })
  mkdirSync(logDir, { recursive: true })
  await flushRedis(redisUrl)
  const databaseUrl = await freshDatabase()
  const ports = {}
  for (const name of ["a", "b", "w1", "w2"]) {
    ports[name] = { http: await freePort(9300 + Object.keys(ports).length * 10), chat: await freePort(9400 + Object.keys(ports).length * 10) }
  }
  const secrets = {
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    MFA_ENCRYPTION_KEY: randomBytes(32).toString("hex"),
    PROVISIONING_SECRET_KEY: randomBytes(32).toString("hex"),
  }
  const { startSmtp } = await import("./lib/drill-checks.mjs")
  const smtp = await startSmtp()
  const shared = {
    ...secrets,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    STORE_CORS: "http://localhost:8000",
    ADMIN_CORS: "http://localhost:9000",
    AUTH_CORS: "http://localhost:8000,http://localhost:9000",
    SESSION_COOKIE_SECURE: "false",
    AUTH_RATE_LIMIT_MAX: "5",
    AUTH_RATE_LIMIT_WINDOW_SECONDS: "900",
    EMAIL_TRANSPORTS: "smtp",
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: "false",
    NOTIFICATION_SENDING_TIMEOUT_SECONDS: "30",
    LOG_LEVEL: "debug",
    STOREFRONT_URL: "",
  }
  info(`drill: fresh database ${database}, Redis ${redisUrl}; migrating and seeding`)
  await medusa(["db:migrate"], { ...shared, LOG_LEVEL: "error" })
  await medusa(["exec", "./src/scripts/seed.ts"], { ...shared, LOG_LEVEL: "error" })
  await buildBackend()

  const instance = (name, mode) =>
    startInstance(name, {
      ...shared,
      MEDUSA_WORKER_MODE: mode,
      PORT: String(ports[name].http),
      CHAT_SOCKET_PORT: String(ports[name].chat),
      MEDUSA_BACKEND_URL: `http://localhost:${ports[name].http}`,
    })
  info("drill: starting servers a and b and workers w1 and w2")
  const started = [instance("a", "server"), instance("b", "server"), instance("w1", "worker"), instance("w2", "worker")]
  await Promise.all(started.map((s) => waitFor(`http://localhost:${ports[s.name].http}/health`, { child: s.child, timeoutMs: 240_000 })))
  const [a, b, w1, w2] = started
  const publishableKey = await readPublishableKey(databaseUrl)

  const result = await runDrillChecks({
    a: { ...a, url: `http://localhost:${ports.a.http}` },
    b: { ...b, url: `http://localhost:${ports.b.http}` },
    workers: [w1, w2],
    restartWorker: async (w) => {
      const again = instance(w.name, "worker")
      await waitFor(`http://localhost:${ports[w.name].http}/health`, { child: again.child, timeoutMs: 240_000 })
      return again
    },
    publishableKey,
    smtp,
    databaseUrl,
  })
  await smtp.close()
  return result.failed ? 1 : 0
}

let code = 1
try {
  code = await main()
} catch (e) {
  process.stderr.write(`drill: ${e.stack ?? e.message}\n`)
  process.stdout.write("drill: 0 passed, 1 failed\n")
}
await stopAll(children, 5000).catch(() => undefined)
process.exitCode = code
process.exit(code)
