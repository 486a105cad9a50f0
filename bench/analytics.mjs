#!/usr/bin/env node
/**
 * Analytics benchmark (not part of `npm test`): builds a database with 1M orders by SQL bulk
 * insert (generate_series) into Medusa's and our real tables, migrated by `medusa db:migrate`,
 * then times the reporting service's overview (what `GET /admin/analytics/overview` runs) as the
 * median of several runs and prints it against the goal (≤ 500 ms) and against a baseline
 * measured in the same run and process: `SELECT count(*) FROM "order"`.
 *
 * Rows written (only the columns Medusa requires plus what the reports read):
 *   region ×4 (USD, EUR, GBP, INR) · customer and account_profile ×BENCH_CUSTOMERS (200k, 2% of
 *   accounts suspended) · "order" ×BENCH_ORDERS (1M, created over the last 3 years, 2% canceled)
 *   with one order_summary (totals JSON as Medusa writes it), one order_line_item + order_item
 *   and, outside the US, one order_line_item_tax_line each · subscription ×BENCH_SUBSCRIPTIONS
 *   (100k, mixed statuses and billing intervals).
 *
 *   npm run bench -- analytics          # embedded PostgreSQL under .data/bench
 *   BENCH_DATABASE_URL=postgres://postgres@localhost:5432/postgres npm run bench -- analytics
 *   BENCH_ORDERS=100000 BENCH_RUNS=5 BENCH_KEEP=1 …   # smaller / keep the database afterwards
 */
import { spawn } from "node:child_process"
import { join } from "node:path"
import pg from "pg"
import { BACKEND_DIR } from "../scripts/lib/apps.mjs"
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres.mjs"
import { DATA_DIR, ROOT } from "../scripts/lib/env.mjs"

const ORDERS = Number(process.env.BENCH_ORDERS || 1_000_000)
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS || 200_000)
const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS || 100_000)
const RUNS = Number(process.env.BENCH_RUNS || 7)
const GOAL_MS = 500
const DB_NAME = `cloudservices_bench_analytics_${ORDERS}`

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    let out = ""
    const child = spawn(command, args, { cwd: BACKEND_DIR, env: { ...process.env, ...env } })
    child.stdout.on("data", (c) => (out += c))
    child.stderr.on("data", (c) => (out += c))
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(" ")} failed:\n${out.slice(-2000)}`))))
  })
}

async function timed(label, fn) {
  const started = performance.now()
  await fn()
  process.stdout.write(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
}

/** Bulk inserts; every figure derives from the row number g, so two runs build the same data. */
async function seed(client) {
  await client.query(`SET synchronous_commit = off`)
  await timed("regions", () =>
    client.query(`
      INSERT INTO region (id, name, currency_code) VALUES
        ('reg_bench_0', 'North America', 'usd'), ('reg_bench_1', 'Europe', 'eur'),
        ('reg_bench_2', 'United Kingdom', 'gbp'), ('reg_bench_3', 'India', 'inr')`)
  )
  await timed(`${CUSTOMERS} customers + account profiles`, async () => {
    await client.query(
      `INSERT INTO customer (id, email, first_name, last_name, has_account, created_at, updated_at)
       SELECT 'cus_bench_' || g, 'bench' || g || '@example.com', 'Bench', 'Customer', g % 10 <> 0,
              now() - (g::float8 / $1::int) * interval '1095 days', now()
         FROM generate_series(1, $1::int) g`,
      [CUSTOMERS]
    )
    await client.query(
      `INSERT INTO account_profile (id, customer_id, shopper_id, status)
       SELECT 'acct_bench_' || g, 'cus_bench_' || g, 'CS-B' || g, CASE WHEN g % 50 = 0 THEN 'suspended' ELSE 'active' END
         FROM generate_series(1, $1::int) g`,
      [CUSTOMERS]
    )
  })
  // one order per row: region/currency from g % 4, price from the product (g % 20), 1–3 units,
  // tax 0 / 19 / 20 / 18 % per region, created evenly over the last 1095 days
  const orderSource = `
    SELECT g, 'order_bench_' || g AS id, g % 4 AS r,
           (ARRAY['usd','eur','gbp','inr'])[g % 4 + 1] AS currency_code,
           (ARRAY[0, 19, 20, 18])[g % 4 + 1]::numeric AS rate,
           'prod_bench_' || (g % 20) AS product_id, 'Bench product ' || (g % 20) AS product_title,
           (10 + (g % 20) * 7.5)::numeric AS unit_price, (1 + g % 3) AS qty,
           now() - (g::float8 / $1::int) * interval '1095 days' AS created_at
      FROM generate_series(1, $1::int) g`
  await timed(`${ORDERS} orders`, () =>
    client.query(
      `INSERT INTO "order" (id, region_id, customer_id, version, sales_channel_id, status, is_draft_order, email,
                            currency_code, created_at, updated_at)
       SELECT id, 'reg_bench_' || r, 'cus_bench_' || (g % ${CUSTOMERS} + 1), 1, 'sc_bench',
              CAST(CASE WHEN g % 50 = 0 THEN 'canceled' ELSE 'completed' END AS order_status_enum), false,
              'bench' || (g % ${CUSTOMERS} + 1) || '@example.com', currency_code, created_at, created_at
         FROM (${orderSource}) s`,
      [ORDERS]
    )
  )
  await timed(`${ORDERS} order summaries`, () =>
    client.query(
      `INSERT INTO order_summary (id, order_id, version, totals, created_at, updated_at)
       SELECT 'ordsum_bench_' || g, id, 1,
              jsonb_build_object(
                'current_order_total', total, 'raw_current_order_total', jsonb_build_object('value', total::text, 'precision', 20),
                'original_order_total', total, 'raw_original_order_total', jsonb_build_object('value', total::text, 'precision', 20),
                'paid_total', total, 'raw_paid_total', jsonb_build_object('value', total::text, 'precision', 20),
                'refunded_total', 0, 'raw_refunded_total', jsonb_build_object('value', '0', 'precision', 20),
                'transaction_total', total, 'raw_transaction_total', jsonb_build_object('value', total::text, 'precision', 20),
                'pending_difference', 0, 'raw_pending_difference', jsonb_build_object('value', '0', 'precision', 20)),
              created_at, created_at
         FROM (SELECT *, unit_price * qty * (1 + rate / 100) AS total FROM (${orderSource}) s0) s`,
      [ORDERS]
    )
  )
  await timed(`${ORDERS} order lines`, async () => {
    await client.query(
      `INSERT INTO order_line_item (id, title, product_id, product_title, variant_id, unit_price, raw_unit_price,
                                    requires_shipping, is_tax_inclusive, created_at, updated_at)
       SELECT 'ordli_bench_' || g, product_title, product_id, product_title, 'variant_bench_' || (g % 20), unit_price,
              jsonb_build_object('value', unit_price::text, 'precision', 20), false, false, created_at, created_at
         FROM (${orderSource}) s`,
      [ORDERS]
    )
    await client.query(
      `INSERT INTO order_item (id, order_id, version, item_id, quantity, raw_quantity, fulfilled_quantity,
                               shipped_quantity, return_requested_quantity, return_received_quantity,
                               return_dismissed_quantity, written_off_quantity, created_at, updated_at)
       SELECT 'orditem_bench_' || g, id, 1, 'ordli_bench_' || g, qty, jsonb_build_object('value', qty::text, 'precision', 20),
              0, 0, 0, 0, 0, 0, created_at, created_at
         FROM (${orderSource}) s`,
      [ORDERS]
    )
    await client.query(
      `INSERT INTO order_line_item_tax_line (id, item_id, code, rate, raw_rate, created_at, updated_at)
       SELECT 'ordtl_bench_' || g, 'ordli_bench_' || g, 'VAT', rate, jsonb_build_object('value', rate::text, 'precision', 20),
              created_at, created_at
         FROM (${orderSource}) s WHERE rate > 0`,
      [ORDERS]
    )
  })
  await timed(`${SUBSCRIPTIONS} subscriptions`, () =>
    client.query(
      `INSERT INTO subscription (id, status, customer_id, order_id, line_item_id, product_id, variant_id, region_id,
          product_title, plan, currency_code, amount, raw_amount, billing_interval, billing_interval_count,
          started_at, current_period_start, expires_at, created_at, updated_at)
       SELECT 'sub_bench_' || g,
              CASE WHEN g % 10 < 7 THEN 'active' WHEN g % 10 = 7 THEN 'suspended' WHEN g % 10 = 8 THEN 'cancelled' ELSE 'expired' END,
              'cus_bench_' || (g % ${CUSTOMERS} + 1), 'order_bench_' || g, 'ordli_bench_' || g, 'prod_bench_' || (g % 20),
              'variant_bench_' || (g % 20), 'reg_bench_' || (g % 4), 'Bench product', 'Standard',
              (ARRAY['usd','eur','gbp','inr'])[g % 4 + 1], 12 + g % 20, jsonb_build_object('value', (12 + g % 20)::text, 'precision', 20),
              (ARRAY['month','year','month','week'])[g % 4 + 1], 1 + g % 2,
              c, c, c + interval '30 days', c, c
         FROM (SELECT g, now() - (g::float8 / $1::int) * interval '1095 days' AS c FROM generate_series(1, $1::int) g) s`,
      [SUBSCRIPTIONS]
    )
  )
  await timed("analyze", () => client.query(`ANALYZE`))
}

async function main() {
  let db = null
  let server = process.env.BENCH_DATABASE_URL
  if (!server) {
    db = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, "bench"), database: "postgres", preferredPort: 54339 })
    server = `postgres://postgres:${encodeURIComponent(db.password)}@localhost:${db.port}/postgres`
  }
  const url = new URL(server)
  url.pathname = `/${DB_NAME}`
  let out
  try {
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${DB_NAME}`)
    await admin.end()
    const env = { DATABASE_URL: url.toString(), LOG_LEVEL: "info", STOREFRONT_URL: "" }
    process.stdout.write(`Migrating ${DB_NAME}…\n`)
    await run(join(ROOT, "node_modules", ".bin", "medusa"), ["db:migrate"], { ...env, LOG_LEVEL: "error" })
    process.stdout.write(`Seeding ${ORDERS} orders by bulk insert…\n`)
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    await seed(client)
    await client.end()
    process.stdout.write(`Timing the reports (median of ${RUNS} runs after a warm-up)…\n`)
    out = await run(join(ROOT, "node_modules", ".bin", "medusa"), ["exec", "./src/scripts/bench-analytics.ts", String(RUNS)], env)
  } finally {
    if (!process.env.BENCH_KEEP) {
      const admin = new pg.Client({ connectionString: server })
      await admin.connect()
      await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`)
      await admin.end()
    }
    await db?.stop()
  }
  const line = out.match(/analytics_bench (.*?)(["}]|$)/m)
  if (!line) {
    throw new Error(`no measurement in output:\n${out.slice(-2000)}`)
  }
  const f = Object.fromEntries(line[1].trim().split(/\s+/).map((kv) => kv.split("=")).map(([k, v]) => [k, Number(v)]))
  const base = f.baseline_count_ms
  const rows = [
    ["baseline: SELECT count(*) FROM \"order\"", base],
    ["overview, last 30 days (the route's default)", f.overview_30d_ms],
    ["overview, last 365 days", f.overview_365d_ms],
    ["revenue series, 365 days by week", f.revenue_365d_week_ms],
    ["top products, last 30 days", f.products_30d_ms],
    ["regions, last 30 days", f.regions_30d_ms],
  ]
  process.stdout.write(`\n${f.orders} orders, median of ${f.runs} runs\n\n${"query".padEnd(48)}${"ms".padEnd(10)}× baseline\n`)
  for (const [name, ms] of rows) {
    process.stdout.write(`${name.padEnd(48)}${ms.toFixed(1).padEnd(10)}${(ms / base).toFixed(2)}\n`)
  }
  const overview = f.overview_30d_ms
  process.stdout.write(
    `\noverview (30 days): ${overview.toFixed(1)} ms (goal ≤ ${GOAL_MS}: ${overview <= GOAL_MS ? "met" : "not met"}); ` +
      `${(overview / base).toFixed(2)} × a full count(*) of the orders\n`
  )
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e.message}\n`)
  process.exit(1)
})
