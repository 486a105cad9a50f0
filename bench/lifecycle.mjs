#!/usr/bin/env node
/**
 * Subscription lifecycle benchmark (not part of `npm test`): seeds 10k and 100k
 * subscriptions into fresh databases, runs one daily lifecycle (auto-renew,
 * reminders, suspensions) as of a date with `medusa exec`, then delivers the
 * emails it queued, and prints for each size: the time of both parts, the
 * process's RSS before the run (Medusa loaded and at rest), its peak RSS and
 * the growth between the two, and the 100k/10k ratios.
 * Goals: 100k ≤ 60 s, peak RSS ≤ 300 MB, ratio ≤ 11.
 *
 *   npm run bench -- lifecycle          # embedded PostgreSQL under .data/bench
 *   BENCH_DATABASE_URL=postgres://postgres@localhost:5432/postgres npm run bench -- lifecycle
 *   BENCH_SIZES=10000 BENCH_DATABASE_PREFIX=mine_bench …   # one size, other database names
 *   BENCH_MAX_OLD_SPACE_MB=0 …          # V8's default heap sizing instead of the jobs' 512 MB cap
 */
import { spawn } from "node:child_process"
import { join } from "node:path"
import pg from "pg"
import { BACKEND_DIR } from "../scripts/lib/apps.mjs"
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres.mjs"
import { DATA_DIR, ROOT } from "../scripts/lib/env.mjs"

const SIZES = (process.env.BENCH_SIZES || "10000,100000").split(",").map(Number)
const AS_OF = new Date(process.env.BENCH_AS_OF || "2027-03-01T00:30:00Z")
// the same V8 heap cap `npm run jobs` and the docker-compose worker use (see README)
const MAX_OLD_SPACE_MB = Number(process.env.BENCH_MAX_OLD_SPACE_MB ?? 512)

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    let out = ""
    const child = spawn(command, args, { cwd: BACKEND_DIR, env: { ...process.env, ...env } })
    child.stdout.on("data", (c) => (out += c))
    child.stderr.on("data", (c) => (out += c))
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(" ")} failed:\n${out.slice(-2000)}`))))
  })
}

/** Customers and subscriptions whose expiry dates spread over a year around AS_OF. */
async function seed(client, n) {
  await client.query(
    `INSERT INTO customer (id, email, first_name, last_name, has_account)
     SELECT 'cus_bench_' || g, 'bench' || g || '@example.com', 'Bench', 'Customer', true
       FROM generate_series(1, $1) g`,
    [n]
  )
  await client.query(
    `INSERT INTO subscription (id, status, customer_id, order_id, line_item_id, product_id, variant_id, region_id,
        product_title, plan, currency_code, amount, raw_amount, billing_interval, billing_interval_count,
        started_at, current_period_start, expires_at, auto_renew)
     SELECT 'sub_bench_' || lpad(g::text, 7, '0'), 'active', 'cus_bench_' || g, 'order_bench_' || g, 'item_bench_' || g,
        'prod_bench', 'variant_bench', 'reg_bench', 'Cloud VPS', 'Standard', 'usd', 12, '{"value":"12","precision":20}',
        'month', 1, e - interval '30 days', e - interval '30 days', e, false
       FROM (SELECT g, $2::timestamptz + ((g % 365) - 5) * interval '1 day' + interval '6 hours' AS e
               FROM generate_series(1, $1) g) s`,
    [n, AS_OF]
  )
}

async function main() {
  let db = null
  let server = process.env.BENCH_DATABASE_URL
  if (!server) {
    db = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, "bench"), database: "postgres", preferredPort: 54339 })
    server = `postgres://postgres:${encodeURIComponent(db.password)}@localhost:${db.port}/postgres`
  }
  const results = []
  try {
    for (const n of SIZES) {
      const name = `${process.env.BENCH_DATABASE_PREFIX || "cloudservices_bench"}_${n}`
      const admin = new pg.Client({ connectionString: server })
      await admin.connect()
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.query(`CREATE DATABASE ${name}`)
      await admin.end()
      const url = new URL(server)
      url.pathname = `/${name}`
      const env = { DATABASE_URL: url.toString(), LOG_LEVEL: "info", STOREFRONT_URL: "" }
      process.stdout.write(`${n}: migrating…`)
      await run(join(ROOT, "node_modules", ".bin", "medusa"), ["db:migrate"], { ...env, LOG_LEVEL: "error" })
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      process.stdout.write(" seeding…")
      await seed(client, n)
      await client.end()
      process.stdout.write(" running the daily lifecycle…")
      const out = await run(join(ROOT, "node_modules", ".bin", "medusa"), ["exec", "./src/scripts/run-jobs.ts", AS_OF.toISOString()], {
        ...env,
        NODE_OPTIONS: [process.env.NODE_OPTIONS, MAX_OLD_SPACE_MB ? `--max-old-space-size=${MAX_OLD_SPACE_MB}` : ""].filter(Boolean).join(" "),
      })
      const m = out.match(/lifecycle_ms=(\d+) delivery_ms=(\d+) rss_before_mb=(\d+) lifecycle_peak_rss_mb=(\d+) peak_rss_mb=(\d+)/)
      const done = out.match(/Done: (.*)/)
      if (!m) {
        throw new Error(`no measurement in output:\n${out.slice(-2000)}`)
      }
      const [lifecycleMs, deliveryMs, before, lifecyclePeak, peak] = m.slice(1).map(Number)
      results.push({ n, lifecycleMs, deliveryMs, before, lifecyclePeak, peak, done: done?.[1] ?? "" })
      process.stdout.write(` ${(lifecycleMs / 1000).toFixed(1)} s + delivery ${(deliveryMs / 1000).toFixed(1)} s\n`)
    }
  } finally {
    await db?.stop()
  }
  const s = (ms) => (ms / 1000).toFixed(1)
  const row = (cells) => cells.map((c, i) => String(c).padEnd(i === cells.length - 1 ? 0 : [14, 13, 12, 10, 16, 11, 13][i])).join("")
  process.stdout.write(`\nV8 heap cap: ${MAX_OLD_SPACE_MB ? `--max-old-space-size=${MAX_OLD_SPACE_MB}` : "none (V8 default)"}\n`)
  process.stdout.write(
    `${row(["subscriptions", "lifecycle s", "delivery s", "total s", "RSS before MB", "peak MB", "growth MB", "work"])}\n`
  )
  for (const r of results) {
    process.stdout.write(
      `${row([r.n, s(r.lifecycleMs), s(r.deliveryMs), s(r.lifecycleMs + r.deliveryMs), r.before, `${r.peak} (${r.lifecyclePeak})`, r.peak - r.before, r.done])}\n`
    )
  }
  process.stdout.write("(peak MB: whole run (at the end of the lifecycle part, before delivery))\n")
  const small = results.find((r) => r.n === 10000)
  const big = results.find((r) => r.n === 100000)
  if (small && big) {
    const total = (r) => r.lifecycleMs + r.deliveryMs
    const ratio = total(big) / total(small)
    const growthRatio = (big.peak - big.before) / Math.max(1, small.peak - small.before)
    process.stdout.write(
      `\n100k/10k ratio: time ${ratio.toFixed(2)} (lifecycle alone ${(big.lifecycleMs / small.lifecycleMs).toFixed(2)}; goal ≤ 11: ${ratio <= 11 ? "met" : "not met"}), ` +
        `RSS growth ${growthRatio.toFixed(2)}\n` +
        `100k: ${s(total(big))} s (goal ≤ 60: ${total(big) <= 60000 ? "met" : "not met"}); ` +
        `peak RSS ${big.peak} MB = ${big.before} MB before the run + ${big.peak - big.before} MB growth ` +
        `(goal ≤ 300: ${big.peak <= 300 ? "met" : `not met${big.before > 300 ? `: Medusa alone takes ${big.before} MB at rest` : ""}`})\n`
    )
  }
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e.message}\n`)
  process.exit(1)
})
