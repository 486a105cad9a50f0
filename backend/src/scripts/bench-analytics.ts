import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REPORTING_MODULE } from "../modules/reporting"
import type ReportingModuleService from "../modules/reporting/service"
import type { ReportRange } from "../modules/reporting/types"

const DAY = 86_400_000

/** Median of `runs` timed calls, after one warm-up call. */
async function median(runs: number, fn: () => Promise<unknown>) {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await fn()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

/**
 * `medusa exec ./src/scripts/bench-analytics.ts [runs]` — used by bench/analytics.mjs: times the
 * reporting service's reports as the routes call them, against a plain `count(*)` of the orders
 * through the same connection pool, and prints one machine-readable line per figure.
 */
export default async function benchAnalytics({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const reporting = container.resolve<ReportingModuleService>(REPORTING_MODULE)
  const runs = Number(args?.[0] || 7)
  const to = new Date()
  const range = (days: number, interval: ReportRange["interval"]): ReportRange => ({
    from: new Date(to.getTime() - days * DAY),
    to,
    interval,
  })
  const figures: Record<string, number> = {
    baseline_count_ms: await median(runs, () => pg.raw(`SELECT count(*) FROM "order"`)),
    overview_30d_ms: await median(runs, () => reporting.overview(range(30, "day"))),
    overview_365d_ms: await median(runs, () => reporting.overview(range(365, "month"))),
    revenue_365d_week_ms: await median(runs, () => reporting.revenue(range(365, "week"))),
    products_30d_ms: await median(runs, () => reporting.products({ ...range(30, "day"), limit: 10, sort: "revenue" })),
    regions_30d_ms: await median(runs, () => reporting.regions(range(30, "day"))),
  }
  const [{ orders }] = (await pg.raw(`SELECT count(*) AS orders FROM "order"`)).rows
  // machine-readable line for bench/analytics.mjs
  logger.info(
    `analytics_bench orders=${orders} runs=${runs} ` +
      Object.entries(figures)
        .map(([k, v]) => `${k}=${v.toFixed(1)}`)
        .join(" ")
  )
}
