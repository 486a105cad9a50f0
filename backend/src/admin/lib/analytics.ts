import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type AnalyticsInterval = "day" | "week" | "month"
export type AnalyticsReport =
  | "overview"
  | "revenue"
  | "customers"
  | "products"
  | "regions"
  | "subscriptions"
  | "orders"

/** What every report is asked: ISO dates (`to` inclusive when date-only), bucket size, currency. */
export type AnalyticsParams = {
  from: string
  to: string
  interval: AnalyticsInterval
  currency?: string
}

type RangeEcho = { from: string; to: string; interval: AnalyticsInterval; currency: string | null }

export type CurrencyRevenue = {
  currency_code: string
  orders: number
  revenue: number
  refunded: number
  net: number
  average_order_value: number
}
export type CurrencyMrr = { currency_code: string; mrr: number; active_subscriptions: number }
export type SubscriptionCounts = { active: number; suspended: number; cancelled: number; expired: number }

export type OverviewResponse = RangeEcho & {
  orders: number
  canceled_orders: number
  revenue: CurrencyRevenue[]
  new_customers: number
  new_guests: number
  suspended_accounts: number
  subscriptions: SubscriptionCounts & { new: number }
  mrr: CurrencyMrr[]
}

export type RevenueResponse = RangeEcho & {
  series: { period: string; currency_code: string; orders: number; revenue: number; refunded: number; net: number }[]
}

export type CustomersResponse = RangeEcho & {
  series: { period: string; new_customers: number; new_guests: number }[]
  totals: { new_customers: number; new_guests: number }
  accounts: { active: number; suspended: number; deleted: number }
}

export type ProductsResponse = RangeEcho & {
  products: {
    currency_code: string
    rank: number
    product_id: string | null
    product_title: string | null
    units: number
    orders: number
    revenue: number
    net: number
  }[]
}

export type RegionsResponse = RangeEcho & {
  regions: {
    region_id: string | null
    region_name: string | null
    currency_code: string
    orders: number
    customers: number
    revenue: number
  }[]
}

export type SubscriptionsResponse = RangeEcho & {
  counts: SubscriptionCounts
  mrr: CurrencyMrr[]
  series: {
    period: string
    new: number
    renewed: number
    suspended: number
    unsuspended: number
    cancelled: number
    expired: number
  }[]
}

type Responses = {
  overview: OverviewResponse
  revenue: RevenueResponse
  customers: CustomersResponse
  products: ProductsResponse
  regions: RegionsResponse
  subscriptions: SubscriptionsResponse
}

function toQuery(params: AnalyticsParams & Record<string, unknown>) {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ""))
}

export const analyticsKeys = {
  all: ["analytics"] as const,
  report: (report: AnalyticsReport, params: AnalyticsParams) => [...analyticsKeys.all, report, params] as const,
}

/** One report (`GET /admin/analytics/<report>`), kept on screen while the next range loads. */
export const useAnalyticsReport = <R extends keyof Responses>(report: R, params: AnalyticsParams) =>
  useQuery({
    queryKey: analyticsKeys.report(report, params),
    queryFn: () =>
      sdk.client.fetch<Responses[R]>(`/admin/analytics/${report}`, {
        query: toQuery(report === "products" ? { ...params, limit: 5 } : params),
      }),
    placeholderData: keepPreviousData,
  })

/** Downloads `GET /admin/analytics/export?report=…` (or the orders export) with the admin's session. */
export async function downloadCsv(path: string, query: Record<string, unknown>, fallbackName: string) {
  const response = await sdk.client.fetch<Response>(path, {
    query: toQuery(query as AnalyticsParams),
    headers: { accept: "text/csv" },
  })
  const blob = await response.blob()
  const disposition = response.headers.get("content-disposition") ?? ""
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

// ---------------------------------------------------------------- formatting

const moneyFormats = new Map<string, Intl.NumberFormat>()

/** "$1,234.50" in the currency's own format; never adds currencies together. */
export function formatMoney(amount: number, currency: string, compact = false) {
  const key = `${currency}:${compact}`
  let format = moneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currency.toUpperCase(),
      notation: compact ? "compact" : "standard",
      maximumFractionDigits: compact ? 1 : 2,
    })
    moneyFormats.set(key, format)
  }
  return format.format(amount)
}

const countFormat = new Intl.NumberFormat()
export const formatCount = (n: number) => countFormat.format(n)

/** "Nov 3" for days and weeks, "Nov 2026" for months (periods are UTC dates). */
export function formatPeriod(period: string, interval: AnalyticsInterval) {
  const date = new Date(`${period}T00:00:00Z`)
  return date.toLocaleDateString(undefined, {
    timeZone: "UTC",
    ...(interval === "month" ? { month: "short", year: "numeric" } : { month: "short", day: "numeric" }),
  })
}

/** yyyy-mm-dd of a local date `days` ago (0 = today). */
export function isoDay(daysAgo = 0) {
  const d = new Date()
  d.setDate(d.getDate() - daysAgo)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`
}
