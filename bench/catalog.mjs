#!/usr/bin/env node
/**
 * Catalog benchmark (not part of `npm test`). Run against a started product
 * (`npm start` in another terminal): `npm run bench`.
 *
 * Measures, in one run and on the same machine:
 *   - Medusa's own GET /store/products with region prices (the raw API, the baseline)
 *   - the storefront's catalog page (/us/store), which reads the API through its cache
 *   - GET /health (the floor: what the HTTP stack alone costs)
 * and prints req/s, p50 and p95 latency, and the ratios against the raw API.
 */
import autocannon from "autocannon"

const BACKEND = process.env.BENCH_BACKEND_URL || process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const STOREFRONT = process.env.BENCH_STOREFRONT_URL || process.env.STOREFRONT_URL || "http://localhost:8000"
const DURATION = Number(process.env.BENCH_SECONDS || 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)

async function json(url, init) {
  const res = await fetch(url, init)
  if (!res.ok) {
    throw new Error(`${url} → ${res.status}`)
  }
  return res.json()
}

async function publishableKey() {
  if (process.env.MEDUSA_PUBLISHABLE_KEY) {
    return process.env.MEDUSA_PUBLISHABLE_KEY
  }
  const { token } = await json(`${BACKEND}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email: process.env.ADMIN_EMAIL || "admin@cloudservices.local",
      password: process.env.ADMIN_PASSWORD || "CloudAdmin!2026",
    }),
  })
  const { api_keys } = await json(`${BACKEND}/admin/api-keys?type=publishable`, {
    headers: { authorization: `Bearer ${token}` },
  })
  return api_keys[0].token
}

function percentile(sorted, p) {
  if (!sorted.length) {
    return NaN
  }
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** One autocannon run; latencies are collected per response to give exact p50/p95. */
function measure(name, url, headers = {}) {
  return new Promise((resolve, reject) => {
    const times = []
    const instance = autocannon(
      { url, headers, connections: CONNECTIONS, duration: DURATION },
      (error, result) => {
        if (error) {
          return reject(error)
        }
        times.sort((a, b) => a - b)
        resolve({
          name,
          rps: result.requests.average,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          errors: result.errors + result.non2xx,
        })
      }
    )
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
}

async function main() {
  const key = await publishableKey()
  const { regions } = await json(`${BACKEND}/store/regions`, { headers: { "x-publishable-api-key": key } })
  const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === "us")) ?? regions[0]
  const productsUrl = `${BACKEND}/store/products?region_id=${region.id}&limit=12&fields=*variants.calculated_price,+metadata`

  // warm caches so every target is measured in its steady state
  await fetch(`${STOREFRONT}/us/store`)
  await fetch(productsUrl, { headers: { "x-publishable-api-key": key } })

  process.stdout.write(`Benchmark: ${CONNECTIONS} connections × ${DURATION}s per target\n`)
  const api = await measure("Medusa /store/products (region prices)", productsUrl, { "x-publishable-api-key": key })
  const page = await measure("Storefront /us/store (catalog page)", `${STOREFRONT}/us/store`)
  const health = await measure("Backend /health", `${BACKEND}/health`)

  const rows = [api, page, health]
  const pad = (s, n) => String(s).padEnd(n)
  process.stdout.write(
    `\n${pad("target", 42)}${pad("req/s", 10)}${pad("p50 ms", 9)}${pad("p95 ms", 9)}${pad("errors", 8)}× API req/s\n`
  )
  for (const r of rows) {
    process.stdout.write(
      `${pad(r.name, 42)}${pad(r.rps.toFixed(1), 10)}${pad(r.p50.toFixed(1), 9)}${pad(r.p95.toFixed(1), 9)}${pad(r.errors, 8)}${(r.rps / api.rps).toFixed(2)}\n`
    )
  }
  const ratio = page.rps / api.rps
  process.stdout.write(
    `\nstorefront ÷ raw API throughput: ${ratio.toFixed(2)} (goal ≥ 10: ${ratio >= 10 ? "met" : "not met"})\n`
  )
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.message}\n`)
  process.exit(1)
})
