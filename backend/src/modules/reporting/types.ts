export const REPORT_INTERVALS = ["day", "week", "month"] as const
export type ReportInterval = (typeof REPORT_INTERVALS)[number]

export const REPORT_NAMES = [
  "overview",
  "revenue",
  "customers",
  "products",
  "regions",
  "subscriptions",
  "orders",
] as const
export type ReportName = (typeof REPORT_NAMES)[number]

/** What every report is asked: a half-open UTC range [from, to), a bucket size and an optional currency. */
export type ReportRange = {
  from: Date
  to: Date
  interval: ReportInterval
  currency?: string
}

export type ProductsReportOptions = ReportRange & {
  limit: number
  sort: "revenue" | "units"
}

export type CurrencyRevenue = {
  currency_code: string
  orders: number
  revenue: number
  refunded: number
  net: number
  average_order_value: number
}

export type CurrencyMrr = {
  currency_code: string
  mrr: number
  active_subscriptions: number
}

export type SubscriptionCounts = {
  active: number
  suspended: number
  cancelled: number
  expired: number
}

export type OverviewReport = {
  orders: number
  canceled_orders: number
  revenue: CurrencyRevenue[]
  new_customers: number
  new_guests: number
  suspended_accounts: number
  subscriptions: SubscriptionCounts & { new: number }
  mrr: CurrencyMrr[]
}

export type RevenuePoint = {
  period: string
  currency_code: string
  orders: number
  revenue: number
  refunded: number
  net: number
}

export type CustomersPoint = { period: string; new_customers: number; new_guests: number }

export type CustomersReport = {
  series: CustomersPoint[]
  totals: { new_customers: number; new_guests: number }
  accounts: { active: number; suspended: number; deleted: number }
}

export type ProductRow = {
  currency_code: string
  rank: number
  product_id: string | null
  product_title: string | null
  units: number
  orders: number
  revenue: number
  net: number
}

export type RegionRow = {
  region_id: string | null
  region_name: string | null
  currency_code: string
  orders: number
  customers: number
  revenue: number
}

export type SubscriptionsPoint = {
  period: string
  new: number
  renewed: number
  suspended: number
  unsuspended: number
  cancelled: number
  expired: number
}

export type SubscriptionsReport = {
  counts: SubscriptionCounts
  mrr: CurrencyMrr[]
  series: SubscriptionsPoint[]
}

export type OrdersPoint = { period: string; status: string; orders: number }

export type OrdersReport = {
  series: OrdersPoint[]
  totals: { status: string; orders: number }[]
}

export type OrderExportFilters = {
  id?: string[]
  q?: string
  status?: string[]
  region_id?: string[]
  customer_id?: string[]
  sales_channel_id?: string[]
  currency_code?: string[]
  created_at?: { gte?: Date; gt?: Date; lte?: Date; lt?: Date }
  updated_at?: { gte?: Date; gt?: Date; lte?: Date; lt?: Date }
}

export type OrderExportRow = {
  id: string
  display_id: number | null
  created_at: string
  status: string
  email: string | null
  customer_id: string | null
  region_id: string | null
  region_name: string | null
  country_code: string | null
  currency_code: string
  units: number
  total: number
  paid_total: number
  refunded_total: number
}
