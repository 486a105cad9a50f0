#!/usr/bin/env node
/**
 * `npm run bench -- lighthouse` (not part of `npm test`; start the product first): Lighthouse
 * (npm `lighthouse`, Debian's Chromium — CHROME_PATH, default /usr/bin/chromium) on the home,
 * a product and the pricing page with its mobile defaults (Moto G Power viewport, simulated
 * slow 4G and 4× CPU slowdown). Each page is fetched once first, so it is measured as served from
 * the storefront's cache. Prints LCP, TBT, CLS and the performance, accessibility and SEO scores
 * against the goals (LCP ≤ 2.5 s, TBT ≤ 200 ms, CLS ≤ 0.1, accessibility ≥ 95, SEO ≥ 95).
 *
 * Baseline of the same run: a bare Next.js page (bench/lighthouse-baseline, built with the
 * storefront's Next.js and React on first use) measured the same way, first — the framework's
 * own start-up cost on this machine at this moment, so figures from different machines compare.
 */
import { spawn, spawnSync } from "node:child_process"
import { existsSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"

const BACKEND = process.env.BENCH_BACKEND_URL || process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const STOREFRONT = process.env.BENCH_STOREFRONT_URL || process.env.STOREFRONT_URL || "http://localhost:8000"
const COUNTRY = process.env.BENCH_COUNTRY || "us"
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 1))

const GOALS = [
  { key: "lcp", label: "LCP", unit: "s", ok: (v) => v <= 2.5, goal: "≤ 2.5 s" },
  { key: "tbt", label: "TBT", unit: "ms", ok: (v) => v <= 200, goal: "≤ 200 ms" },
  { key: "cls", label: "CLS", unit: "", ok: (v) => v <= 0.1, goal: "≤ 0.1" },
  { key: "performance", label: "Perf", unit: "", ok: () => true, goal: "" },
  { key: "accessibility", label: "A11y", unit: "", ok: (v) => v >= 95, goal: "≥ 95" },
  { key: "seo", label: "SEO", unit: "", ok: (v) => v >= 95, goal: "≥ 95" },
]

/** The handle of a product the store sells in the country (the first one the catalog lists). */
async function productPath() {
  const html = await fetch(`${STOREFRONT}/${COUNTRY}/store`).then((res) => res.text())
  const match = html.match(new RegExp(`href="/${COUNTRY}/products/([a-z0-9-]+)"`))
  if (!match) throw new Error(`no product link on /${COUNTRY}/store`)
  return `/${COUNTRY}/products/${match[1]}`
}

const BASELINE_DIR = join(dirname(fileURLToPath(import.meta.url)), "lighthouse-baseline")
const BASELINE_PORT = Number(process.env.BENCH_BASELINE_PORT || 8310)

/** Builds the bare Next.js page when its build is missing or older than its sources, and serves it. */
async function startBaseline() {
  const next = createRequire(join(BASELINE_DIR, "package.json")).resolve("next/dist/bin/next")
  const built = join(BASELINE_DIR, ".next", "BUILD_ID")
  const sources = ["app/layout.jsx", "app/page.jsx", "next.config.mjs"].map((file) => statSync(join(BASELINE_DIR, file)).mtimeMs)
  if (!existsSync(built) || statSync(built).mtimeMs < Math.max(...sources)) {
    process.stdout.write("building the baseline (a bare Next.js page)…\n")
    const build = spawnSync(process.execPath, [next, "build"], { cwd: BASELINE_DIR, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })
    if (build.status !== 0) throw new Error("the baseline page did not build (bench/lighthouse-baseline)")
  }
  const server = spawn(process.execPath, [next, "start", "-p", String(BASELINE_PORT)], { cwd: BASELINE_DIR, stdio: "ignore" })
  const url = `http://localhost:${BASELINE_PORT}/`
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((res) => res.ok, () => false)) return { url, stop: () => server.kill() }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  server.kill()
  throw new Error(`the baseline page does not answer on ${url}`)
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function audit(chrome, url) {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "seo"],
  })
  const { audits, categories } = result.lhr
  return {
    lcp: audits["largest-contentful-paint"].numericValue / 1000,
    tbt: audits["total-blocking-time"].numericValue,
    cls: audits["cumulative-layout-shift"].numericValue,
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    seo: Math.round(categories.seo.score * 100),
    // Lighthouse's CPU benchmark of this machine at the time (~1900 here when idle): a loaded
    // machine scores lower and measures longer tasks
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
    failed: ["accessibility", "seo"].flatMap((name) =>
      categories[name].auditRefs
        .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
        .map((ref) => `${name}: ${ref.id}`)
    ),
  }
}

async function main() {
  await fetch(`${BACKEND}/health`).catch(() => {
    throw new Error(`the backend at ${BACKEND} does not answer: start the product first (npm start)`)
  })
  const pages = [
    { name: "home", path: `/${COUNTRY}` },
    { name: "product", path: await productPath() },
    { name: "pricing", path: `/${COUNTRY}/pricing` },
  ]
  for (const page of pages) await fetch(`${STOREFRONT}${page.path}`) // rendered into the cache

  const baseline = await startBaseline()
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  })
  const rows = []
  try {
    for (const page of [{ name: "baseline", url: baseline.url }, ...pages]) {
      const runs = []
      for (let i = 0; i < RUNS; i++) runs.push(await audit(chrome, page.url ?? `${STOREFRONT}${page.path}`))
      const row = {
        name: page.name,
        path: page.path,
        failed: runs[0].failed,
        benchmarkIndex: median(runs.map((run) => run.benchmarkIndex)),
      }
      for (const goal of GOALS) row[goal.key] = median(runs.map((run) => run[goal.key]))
      rows.push(row)
    }
  } finally {
    await chrome.kill()
    baseline.stop()
  }

  const pad = (s, n) => String(s).padEnd(n)
  const format = (goal, v) => (goal.key === "lcp" ? v.toFixed(2) : goal.key === "cls" ? v.toFixed(3) : Math.round(v))
  process.stdout.write(`Lighthouse ${RUNS > 1 ? `(median of ${RUNS} runs) ` : ""}mobile, ${STOREFRONT}\n\n`)
  process.stdout.write(`${pad("page", 10)}${GOALS.map((g) => pad(`${g.label}${g.unit ? ` ${g.unit}` : ""}`, 10)).join("")}\n`)
  let allMet = true
  const base = rows.find((row) => row.name === "baseline")
  for (const row of rows) {
    const isBaseline = row === base
    const cells = GOALS.map((goal) => {
      const met = isBaseline || goal.ok(row[goal.key])
      allMet &&= met
      return pad(`${format(goal, row[goal.key])}${met ? "" : " ✗"}`, 10)
    })
    const diff = Math.round(row.tbt - base.tbt)
    const over = isBaseline ? "" : `TBT ${diff >= 0 ? `${diff} ms over` : `${-diff} ms under`} the baseline, `
    process.stdout.write(`${pad(row.name, 10)}${cells.join("")}${over}CPU index ${Math.round(row.benchmarkIndex)}\n`)
  }
  process.stdout.write("baseline: a bare Next.js page built with the storefront's Next.js and React (bench/lighthouse-baseline), the framework's floor\n")
  process.stdout.write(`\ngoals (the storefront's pages): ${GOALS.filter((g) => g.goal).map((g) => `${g.label} ${g.goal}`).join(", ")}: ${allMet ? "all met" : "not all met"}\n`)
  for (const row of rows) {
    if (row.failed.length && row !== base) process.stdout.write(`${row.name} (${row.path}) audits below 100: ${row.failed.join(", ")}\n`)
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.message}\n`)
  process.exit(1)
})
