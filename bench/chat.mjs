#!/usr/bin/env node
/**
 * Live chat benchmark (not part of `npm test`): one backend process (`medusa start`, shared mode,
 * admin off) with its socket.io server; 1,000 connected sockets (customers, each in their own
 * active chat, plus admin listeners who joined the chats they own and hear the inbox); customers
 * send 200 messages/s for 30 s with `POST /store/chats/:id/messages` (sockets push only: the route
 * runs postChatMessageWorkflow — one statement for the message and the chat's counters, the events —
 * and the chat.updated subscriber broadcasts). Prints the p50/p99 delivery latency (request sent →
 * the owning admin's `chat:message`), the request's latency, the server's RSS, and the same load
 * against a bare relay (an HTTP endpoint that fans out over socket.io with the same rooms, no
 * database) measured in the same run, as the baseline. Goal: p99 ≤ 100 ms.
 *
 *   npm run bench -- chat                       # embedded PostgreSQL under .data/bench
 *   BENCH_DATABASE_URL=postgres://postgres@localhost:5432/postgres npm run bench -- chat
 *   BENCH_SOCKETS=1000 BENCH_ADMINS=50 BENCH_RATE=200 BENCH_SECONDS=30 …
 *   BENCH_CPU_PROF=/tmp/prof npm run bench -- chat   # V8 CPU profile of the server (.cpuprofile, written on exit)
 */
import { spawn } from "node:child_process"
import { createHmac, randomBytes } from "node:crypto"
import { readFileSync, realpathSync } from "node:fs"
import { createServer } from "node:http"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import pg from "pg"
import { io as connect } from "socket.io-client"

const SOCKETS = Number(process.env.BENCH_SOCKETS || 1000)
const ADMINS = Number(process.env.BENCH_ADMINS || 50)
const CUSTOMERS = SOCKETS - ADMINS
const RATE = Number(process.env.BENCH_RATE || 200)
const SECONDS = Number(process.env.BENCH_SECONDS || 30)
const JWT_SECRET = randomBytes(24).toString("hex")
const PUBLISHABLE_KEY = `pk_bench_${randomBytes(12).toString("hex")}`

// ---------------------------------------------------------------------------------------------
// the baseline: a bare relay — an HTTP endpoint that fans out over socket.io with the chat's rooms
// (run as a child process)
if (process.argv[2] === "--relay") {
  const { Server } = await import("socket.io")
  const http = createServer((req, res) => {
    let raw = ""
    req.on("data", (c) => (raw += c))
    req.on("end", () => {
      const { customer_id, chat_id, body } = JSON.parse(raw || "{}")
      const message = { id: randomBytes(8).toString("hex"), chat_id, author_type: "customer", body, created_at: new Date() }
      io.to(`customer:${customer_id}`).emit("chat:message", { chat_id, message })
      io.to(`chat:${chat_id}`).except(`customer:${customer_id}`).emit("chat:message", { chat_id, message })
      io.to("admins").emit("chat:updated", { chat: { id: chat_id, last_message: message } })
      res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ message, replies: [] }))
    })
  })
  const io = new Server(http, { serveClient: false })
  io.on("connection", (socket) => {
    const { type, id } = socket.handshake.auth
    socket.join(type === "customer" ? `customer:${id}` : "admins")
    socket.on("chat:join", ({ chat_id }, ack) => {
      socket.join(`chat:${chat_id}`)
      ack({ ok: true, data: { chat_id } })
    })
  })
  http.listen(0, () => process.stdout.write(`RELAY ${http.address().port}\n`))
  await new Promise(() => {})
}

const { BACKEND_DIR } = await import("../scripts/lib/apps.mjs")
const { startEmbeddedPostgres, freePort } = await import("../scripts/lib/embedded-postgres.mjs")
const { DATA_DIR, ROOT } = await import("../scripts/lib/env.mjs")

const b64 = (o) => Buffer.from(JSON.stringify(o)).toString("base64url")
/** An HS256 JWT like the ones Medusa signs (actor, identity, metadata), valid for an hour. */
function jwt(payload) {
  const now = Math.floor(Date.now() / 1000)
  const body = `${b64({ alg: "HS256", typ: "JWT" })}.${b64({ ...payload, iat: now, exp: now + 3600 })}`
  return `${body}.${createHmac("sha256", JWT_SECRET).update(body).digest("base64url")}`
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    let out = ""
    const child = spawn(command, args, { cwd: BACKEND_DIR, env: { ...process.env, ...env } })
    child.stdout.on("data", (c) => (out += c))
    child.stderr.on("data", (c) => (out += c))
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(" ")} failed:\n${out.slice(-2000)}`))))
  })
}

/** Starts a long-running child and resolves once a line matches `ready`. */
function startChild(command, args, { env, cwd, ready }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    const onData = (c) => {
      out += c
      const m = out.match(ready)
      if (m) {
        resolve({ child, match: m })
      }
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", (c) => (out += c))
    child.on("exit", (code) => reject(new Error(`${command} ${args.join(" ")} exited (${code}):\n${out.slice(-3000)}`)))
  })
}

const rssMb = (pid) => {
  const m = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/)
  return m ? Math.round(Number(m[1]) / 1024) : NaN
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN
}

/**
 * Connects the sockets (customers and admins), has admins join their customers' chats, then sends
 * RATE messages/s for SECONDS from random customers (`send`: one HTTP request, true when it was
 * accepted, else why not). Returns the latencies and counts.
 */
async function load({ url, customers, admins, tokenFor, send, pid }) {
  const sockets = []
  const open = (auth) =>
    new Promise((resolve, reject) => {
      const s = connect(url, { auth, transports: ["websocket"], forceNew: true, reconnection: false, timeout: 60000 })
      s.once("connect", () => resolve(s))
      s.once("connect_error", reject)
      sockets.push(s)
    })
  const sent = new Map()
  const delivery = []
  const acks = []
  let failures = 0
  const reasons = new Map()
  let updates = 0
  const t0 = performance.now()
  const adminSockets = []
  for (let i = 0; i < admins.length; i += 25) {
    adminSockets.push(...(await Promise.all(admins.slice(i, i + 25).map((a) => open(tokenFor("user", a.id))))))
  }
  const customerSockets = []
  for (let i = 0; i < customers.length; i += 50) {
    customerSockets.push(...(await Promise.all(customers.slice(i, i + 50).map((c) => open(tokenFor("customer", c.id))))))
  }
  const connectMs = performance.now() - t0
  // each admin listens to the chats they own; every admin hears the inbox
  await Promise.all(
    customers.map(
      (c, i) =>
        new Promise((resolve, reject) =>
          adminSockets[i % adminSockets.length].emit("chat:join", { chat_id: c.chat_id }, (res) => (res.ok ? resolve() : reject(new Error(JSON.stringify(res.error)))))
        )
    )
  )
  for (const s of adminSockets) {
    s.on("chat:message", ({ message }) => {
      const at = sent.get(message.body)
      if (at !== undefined && message.author_type === "customer") {
        delivery.push(performance.now() - at)
        sent.delete(message.body)
      }
    })
    s.on("chat:updated", () => (updates += 1))
  }
  const rssBefore = pid ? rssMb(pid) : NaN
  let rssPeak = rssBefore
  const sampler = pid ? setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(pid))), 500) : null
  const total = RATE * SECONDS
  const start = performance.now()
  let seq = 0
  await new Promise((resolve) => {
    const tick = setInterval(() => {
      // catch up to the schedule (timers drift under load): the offered rate stays RATE/s
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * RATE))
      while (seq < due) {
        seq += 1
        const i = Math.floor(Math.random() * customers.length)
        const body = `bench ${seq}`
        const at = performance.now()
        sent.set(body, at)
        send(customers[i], body)
          .catch((e) => e.message)
          .then((ok) => {
            acks.push(performance.now() - at)
            if (ok !== true) {
              failures += 1
              reasons.set(ok, (reasons.get(ok) ?? 0) + 1)
            }
          })
      }
      if (seq >= total) {
        clearInterval(tick)
        resolve()
      }
    }, 5)
  })
  const sendSeconds = (performance.now() - start) / 1000
  // wait for stragglers (at most 15 s)
  for (let i = 0; i < 150 && (delivery.length + failures < total || acks.length < total); i++) {
    await new Promise((r) => setTimeout(r, 100))
  }
  if (sampler) {
    clearInterval(sampler)
  }
  for (const s of sockets) {
    s.close()
  }
  delivery.sort((a, b) => a - b)
  acks.sort((a, b) => a - b)
  return { total, delivered: delivery.length, failures, reasons, delivery, acks, updates, connectMs, sendSeconds, rssBefore, rssPeak }
}

async function main() {
  // the baseline first: a bare relay with the same sockets and rooms
  const relayCustomers = Array.from({ length: CUSTOMERS }, (_, i) => ({ id: `cus_${i}`, chat_id: `chat_${i}` }))
  const relayAdmins = Array.from({ length: ADMINS }, (_, i) => ({ id: `user_${i}` }))
  process.stdout.write(`baseline: bare socket.io relay, ${SOCKETS} sockets, ${RATE} msg/s for ${SECONDS} s…\n`)
  const relay = await startChild(process.execPath, [join(ROOT, "bench", "chat.mjs"), "--relay"], { cwd: ROOT, env: {}, ready: /RELAY (\d+)/ })
  let base
  try {
    base = await load({
      url: `http://127.0.0.1:${relay.match[1]}`,
      customers: relayCustomers,
      admins: relayAdmins,
      tokenFor: (type, id) => ({ type, id }),
      send: async (c, body) => {
        const res = await fetch(`http://127.0.0.1:${relay.match[1]}/send`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ customer_id: c.id, chat_id: c.chat_id, body }),
        })
        await res.arrayBuffer()
        return res.status === 201 || `HTTP ${res.status}`
      },
      pid: relay.child.pid,
    })
  } finally {
    relay.child.kill()
  }

  let db = null
  let server = process.env.BENCH_DATABASE_URL
  if (!server) {
    db = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, "bench"), database: "postgres", preferredPort: 54339 })
    server = `postgres://postgres:${encodeURIComponent(db.password)}@localhost:${db.port}/postgres`
  }
  const name = process.env.BENCH_DATABASE_NAME || "cloudservices_bench_chat"
  let backend = null
  let chat
  try {
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(server)
    url.pathname = `/${name}`
    const httpPort = await freePort(9310)
    const socketPort = await freePort(httpPort + 1)
    const env = {
      DATABASE_URL: url.toString(),
      JWT_SECRET,
      COOKIE_SECRET: randomBytes(24).toString("hex"),
      MFA_ENCRYPTION_KEY: randomBytes(24).toString("hex"),
      NODE_ENV: "development",
      MEDUSA_WORKER_MODE: "shared",
      DISABLE_MEDUSA_ADMIN: "true",
      PORT: String(httpPort),
      CHAT_SOCKET_PORT: String(socketPort),
      CHAT_PUBLIC_URL: "",
      REDIS_URL: "",
      STOREFRONT_URL: "",
      LOG_LEVEL: "warn",
    }
    process.stdout.write("chat: migrating a fresh database…")
    await run(join(ROOT, "node_modules", ".bin", "medusa"), ["db:migrate"], { ...env, LOG_LEVEL: "error" })
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    process.stdout.write(" seeding customers, admins and active chats…")
    await client.query(
      `INSERT INTO "user" (id, email, first_name) SELECT 'user_bench_' || g, 'admin' || g || '@bench.local', 'Admin' || g FROM generate_series(1, $1) g`,
      [ADMINS]
    )
    await client.query(
      `INSERT INTO customer (id, email, first_name, has_account) SELECT 'cus_bench_' || g, 'c' || g || '@bench.local', 'C' || g, true FROM generate_series(1, $1) g`,
      [CUSTOMERS]
    )
    // the publishable key every store request carries
    await client.query(
      `INSERT INTO api_key (id, token, salt, redacted, title, type, created_by) VALUES ('apk_bench', $1, '', 'pk_ben***', 'bench', 'publishable', 'bench')`,
      [PUBLISHABLE_KEY]
    )
    await client.query(
      `INSERT INTO chat_conversation (id, customer_id, status, assigned_user_id, last_message_at)
       SELECT 'chat_bench_' || g, 'cus_bench_' || g, 'active', 'user_bench_' || (1 + (g - 1) % $2), now() FROM generate_series(1, $1) g`,
      [CUSTOMERS, ADMINS]
    )
    await client.end()
    process.stdout.write(" starting the backend…")
    const prof = process.env.BENCH_CPU_PROF
    const medusa = join(ROOT, "node_modules", ".bin", "medusa")
    // --cpu-prof is not allowed in NODE_OPTIONS: run the CLI under node with the flag
    backend = spawn(prof ? process.execPath : medusa, prof ? ["--cpu-prof", `--cpu-prof-dir=${prof}`, realpathSync(medusa), "start"] : ["start"], {
      cwd: BACKEND_DIR,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "inherit"],
    })
    // both the HTTP server and the socket server are up once /health answers and the socket port takes connections
    for (let i = 0; ; i++) {
      if (i === 600 || backend.exitCode !== null) {
        throw new Error("the backend did not start")
      }
      const ok = await fetch(`http://127.0.0.1:${httpPort}/health`).then((r) => r.ok).catch(() => false)
      if (ok) {
        break
      }
      await new Promise((r) => setTimeout(r, 500))
    }
    process.stdout.write(` up (RSS at rest ${rssMb(backend.pid)} MB)\n`)
    process.stdout.write(`chat: ${SOCKETS} sockets (${CUSTOMERS} customers, ${ADMINS} admins), ${RATE} msg/s for ${SECONDS} s…\n`)
    const customers = Array.from({ length: CUSTOMERS }, (_, i) => ({ id: `cus_bench_${i + 1}`, chat_id: `chat_bench_${i + 1}` }))
    const customerTokens = new Map(
      customers.map((c) => [c.id, jwt({ actor_id: c.id, actor_type: "customer", auth_identity_id: "", app_metadata: { customer_id: c.id }, user_metadata: {} })])
    )
    chat = await load({
      url: `http://127.0.0.1:${socketPort}`,
      customers,
      admins: Array.from({ length: ADMINS }, (_, i) => ({ id: `user_bench_${i + 1}` })),
      // socket tickets as GET /store|admin/chats/socket issues them
      tokenFor: (type, id) => ({
        token: jwt({ purpose: "chat_socket", actor_type: type, actor_id: id, name: id, read_only: false, issued_at: Date.now() }),
      }),
      // the customer's own sign-in token (a Medusa JWT) on the REST route
      send: async (c, body) => {
        const res = await fetch(`http://127.0.0.1:${httpPort}/store/chats/${c.chat_id}/messages`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-publishable-api-key": PUBLISHABLE_KEY,
            authorization: `Bearer ${customerTokens.get(c.id)}`,
          },
          body: JSON.stringify({ body }),
        })
        const answer = await res.json().catch(() => ({}))
        return res.status === 201 || `HTTP ${res.status} ${answer.message ?? ""}`.trim()
      },
      pid: backend.pid,
    })
  } finally {
    if (backend && backend.exitCode === null) {
      const exited = new Promise((r) => backend.once("exit", r))
      backend.kill("SIGTERM")
      // a graceful stop (the CPU profile is written on exit), at most 15 s
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15000))])
    }
    await db?.stop()
  }

  const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : "n/a")
  const row = (label, r) =>
    `${label.padEnd(26)}${`${r.delivered}/${r.total}`.padEnd(13)}${ms(percentile(r.delivery, 50)).padEnd(10)}${ms(percentile(r.delivery, 99)).padEnd(10)}` +
    `${ms(percentile(r.acks, 50)).padEnd(10)}${ms(percentile(r.acks, 99)).padEnd(10)}${String(r.rssBefore).padEnd(10)}${String(r.rssPeak).padEnd(10)}${(r.total / r.sendSeconds).toFixed(0)}`
  process.stdout.write(
    `\n${"".padEnd(26)}${"delivered".padEnd(13)}${"p50 ms".padEnd(10)}${"p99 ms".padEnd(10)}${"ack p50".padEnd(10)}${"ack p99".padEnd(10)}${"RSS MB".padEnd(10)}${"peak MB".padEnd(10)}msg/s\n`
  )
  process.stdout.write(`${row("bare socket.io relay", base)}\n${row("CloudServices chat", chat)}\n`)
  const p99 = percentile(chat.delivery, 99)
  process.stdout.write(
    `\n(delivery: the customer's POST sent → chat:message at the admin who joined that chat; ack: → the POST's answer;` +
      ` RSS: the server process with all sockets connected, and its peak during the run)\n` +
      `connect ${SOCKETS} sockets: relay ${(base.connectMs / 1000).toFixed(1)} s, chat ${(chat.connectMs / 1000).toFixed(1)} s; ` +
      `failed sends: ${chat.failures}${chat.failures ? ` (${[...chat.reasons].map(([r, n]) => `${n}× ${r}`).join("; ")})` : ""}; inbox updates heard by admins: ${chat.updates}\n` +
      `p99 ratio chat/relay: ${(p99 / percentile(base.delivery, 99)).toFixed(1)}×; p50 ratio ${(percentile(chat.delivery, 50) / percentile(base.delivery, 50)).toFixed(1)}×\n` +
      `goal p99 ≤ 100 ms: ${p99 <= 100 ? "met" : "not met"} (${ms(p99)} ms)\n`
  )
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e.stack || e.message}\n`)
  process.exit(1)
})
