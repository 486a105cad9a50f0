import type { MedusaContainer } from "@medusajs/framework/types"
import { REPORTING_MODULE } from "../../../modules/reporting"
import type ReportingModuleService from "../../../modules/reporting/service"
import type { OverviewReport, ReportName, ReportRange } from "../../../modules/reporting/types"
import type { AdminGetAnalyticsParamsType } from "./validators"

export function reportingService(scope: MedusaContainer) {
  return scope.resolve<ReportingModuleService>(REPORTING_MODULE)
}

export function rangeOf(query: AdminGetAnalyticsParamsType): ReportRange {
  return { from: query.from, to: query.to, interval: query.interval, currency: query.currency }
}

/** The range a report answered for, as every analytics route echoes it. */
export function rangeJson(range: ReportRange) {
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    interval: range.interval,
    currency: range.currency ?? null,
  }
}

type Csv = { columns: string[]; rows: Record<string, unknown>[] }

/** The overview as `metric,currency_code,value` lines (money lines per currency). */
function overviewRows(o: OverviewReport): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [
    { metric: "orders", value: o.orders },
    { metric: "canceled_orders", value: o.canceled_orders },
    { metric: "new_customers", value: o.new_customers },
    { metric: "new_guests", value: o.new_guests },
    { metric: "suspended_accounts", value: o.suspended_accounts },
    { metric: "subscriptions_new", value: o.subscriptions.new },
    { metric: "subscriptions_active", value: o.subscriptions.active },
    { metric: "subscriptions_suspended", value: o.subscriptions.suspended },
    { metric: "subscriptions_cancelled", value: o.subscriptions.cancelled },
    { metric: "subscriptions_expired", value: o.subscriptions.expired },
  ]
  for (const r of o.revenue) {
    for (const metric of ["orders", "revenue", "refunded", "net", "average_order_value"] as const) {
      rows.push({ metric: metric === "orders" ? "orders_by_currency" : metric, currency_code: r.currency_code, value: r[metric] })
    }
  }
  for (const m of o.mrr) {
    rows.push({ metric: "mrr", currency_code: m.currency_code, value: m.mrr })
    rows.push({ metric: "active_subscriptions_by_currency", currency_code: m.currency_code, value: m.active_subscriptions })
  }
  return rows
}

/** One report as CSV columns and rows: the same figures its JSON route answers. */
export async function reportCsv(
  reporting: ReportingModuleService,
  report: ReportName,
  range: ReportRange,
  products: { limit: number; sort: "revenue" | "units" }
): Promise<Csv> {
  switch (report) {
    case "overview":
      return { columns: ["metric", "currency_code", "value"], rows: overviewRows(await reporting.overview(range)) }
    case "revenue":
      return {
        columns: ["period", "currency_code", "orders", "revenue", "refunded", "net"],
        rows: await reporting.revenue(range),
      }
    case "customers":
      return { columns: ["period", "new_customers", "new_guests"], rows: (await reporting.customers(range)).series }
    case "products":
      return {
        columns: ["currency_code", "rank", "product_id", "product_title", "units", "orders", "revenue", "net"],
        rows: await reporting.products({ ...range, ...products }),
      }
    case "regions":
      return {
        columns: ["region_id", "region_name", "currency_code", "orders", "customers", "revenue"],
        rows: await reporting.regions(range),
      }
    case "subscriptions":
      return {
        columns: ["period", "new", "renewed", "suspended", "unsuspended", "cancelled", "expired"],
        rows: (await reporting.subscriptions(range)).series,
      }
    case "orders":
      return { columns: ["period", "status", "orders"], rows: (await reporting.orders(range)).series }
  }
}
