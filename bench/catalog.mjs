#!/usr/bin/env node
/**
 * Catalog benchmark (not part of `npm test`). Run against a started product
 * (`npm start` in another terminal): `npm run bench`.
 *
 * Measures, in one run and on the same machine:
 *   - Medusa's own GET /store/products with region prices (the raw API, the baseline)
 *   - the storefront's catalog page (/us/store), which reads the API through its cache
 *   - GET /health (the floor: what the HTTP stack alone costs)
 * and prints req/s, p50 and p95 latency, and the ratios against the raw API (goal: the page
 * ≥ 10× the API — it is served from the cache). Then it changes a plan's price through the admin
 * API and times how long until the product page shows it (goal ≤ 60 s), and restores the price.
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

async function adminToken() {
  const { token } = await json(`${BACKEND}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email: process.env.ADMIN_EMAIL || "admin@cloudservices.local",
      password: process.env.ADMIN_PASSWORD || "CloudAdmin!2026",
    }),
  })
  return token
}

async function publishableKey(token) {
  if (process.env.MEDUSA_PUBLISHABLE_KEY) {
    return process.env.MEDUSA_PUBLISHABLE_KEY
  }
  const { api_keys } = await json(`${BACKEND}/admin/api-keys?type=publishable`, {
    headers: { authorization: `Bearer ${token}` },
  })
  return api_keys[0].token
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Changes the USD price of a product's first plan variant by +1.11 through the admin API (as an
 * operator would), polls the storefront's product page until the new amount shows, and puts the
 * old price back. Returns the seconds it took.
 */
async function priceChangeDelay(token) {
  const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const { products } = await json(
    `${BACKEND}/admin/products?limit=1&order=created_at&fields=id,handle,variants.id,variants.prices.*`,
    { headers: auth }
  )
  const product = products[0]
  const variant = product.variants.find((v) => v.prices?.some((price) => price.currency_code === "usd"))
  const prices = variant.prices.map(({ id, amount, currency_code }) => ({ id, amount, currency_code }))
  const usd = prices.find((price) => price.currency_code === "usd")
  const original = usd.amount
  const changed = Math.round((original + 1.11) * 100) / 100
  const pageUrl = `${STOREFRONT}/us/products/${product.handle}`
  const shown = changed.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  await fetch(pageUrl).then((res) => res.text()) // cached before the change
  const update = (amount) =>
    json(`${BACKEND}/admin/products/${product.id}/variants/${variant.id}`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ prices: prices.map((price) => (price === usd ? { ...price, amount } : price)) }),
    })
  const started = Date.now()
  await update(changed)
  let seconds = NaN
  try {
    while (Date.now() - started < 180_000) {
      const html = await fetch(pageUrl).then((res) => res.text())
      if (html.includes(shown)) {
        seconds = (Date.now() - started) / 1000
        break
      }
      await sleep(250)
    }
  } finally {
    await update(original)
  }
  return { product: product.handle, from: original, to: changed, seconds }
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
  const token = await adminToken()
  const key = await publishableKey(token)
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

  const change = await priceChangeDelay(token)
  process.stdout.write(
    `price change ${change.product} USD ${change.from} → ${change.to}: shown on the product page after ` +
      `${Number.isFinite(change.seconds) ? `${change.seconds.toFixed(1)} s` : "more than 180 s"} ` +
      `(goal ≤ 60 s: ${change.seconds <= 60 ? "met" : "not met"}); price restored\n`
  )
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.message}\n`)
  process.exit(1)
})
