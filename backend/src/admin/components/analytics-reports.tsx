import { Skeleton, Text } from "@medusajs/ui"
import { useMemo } from "react"
import {
  formatCount,
  formatMoney,
  formatPeriod,
  useAnalyticsReport,
  type AnalyticsParams,
} from "../lib/analytics"
import { BarList, CHART_COLORS, ColumnChart, Legend, LineChart } from "./analytics-charts"
import { Empty, Failed, Loading, PerCurrency, Section, Stat } from "./analytics-section"

const STATUS_COLORS = { active: "#10b981", suspended: "#f59e0b", cancelled: "#9ca3af", expired: "#ef4444" }

/** The reports of the analytics page, one card each. */
export const Overview = ({ params }: { params: AnalyticsParams }) => {
  const { data, isLoading, error } = useAnalyticsReport("overview", params)
  return (
    <Section title="Overview" report="overview" params={params} testId="analytics-overview">
      {error ? (
        <Failed error={error} />
      ) : isLoading || !data ? (
        <Skeleton className="h-[88px] w-full" />
      ) : (
        <div className="flex flex-wrap gap-3">
          <Stat
            label="Orders"
            value={formatCount(data.orders)}
            detail={data.canceled_orders ? `${formatCount(data.canceled_orders)} canceled` : undefined}
            testId="analytics-stat-orders"
          />
          <Stat
            label="Revenue"
            value={<PerCurrency amounts={data.revenue.map((r) => ({ currency_code: r.currency_code, amount: r.revenue }))} />}
            testId="analytics-stat-revenue"
          />
          <Stat
            label="New customers"
            value={formatCount(data.new_customers)}
            detail={data.new_guests ? `+ ${formatCount(data.new_guests)} guest checkouts` : undefined}
          />
          <Stat
            label="Subscriptions"
            value={`${formatCount(data.subscriptions.active)} active`}
            detail={`${formatCount(data.subscriptions.suspended)} suspended · ${formatCount(data.subscriptions.new)} new in range`}
          />
          <Stat
            label="MRR"
            value={<PerCurrency amounts={data.mrr.map((m) => ({ currency_code: m.currency_code, amount: m.mrr }))} />}
            detail="active subscriptions, per month"
            testId="analytics-stat-mrr"
          />
        </div>
      )}
    </Section>
  )
}

export const Revenue = ({ params }: { params: AnalyticsParams }) => {
  const { data, isLoading, error } = useAnalyticsReport("revenue", params)
  const byCurrency = useMemo(() => {
    const groups = new Map<string, { period: string; revenue: number; orders: number }[]>()
    for (const p of data?.series ?? []) {
      groups.set(p.currency_code, [...(groups.get(p.currency_code) ?? []), p])
    }
    return [...groups]
  }, [data])
  return (
    <Section
      title="Revenue"
      description="Order totals (tax included, canceled orders left out), one chart per currency."
      report="revenue"
      params={params}
      testId="analytics-revenue"
    >
      {error ? (
        <Failed error={error} />
      ) : isLoading ? (
        <Loading />
      ) : !byCurrency.length ? (
        <Empty>No orders in this range</Empty>
      ) : (
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          {byCurrency.map(([currency, points], i) => (
            <div key={currency} className="flex flex-col gap-y-2">
              <div className="flex items-baseline justify-between">
                <Text size="small" weight="plus">
                  {currency.toUpperCase()}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {formatMoney(points.reduce((a, p) => a + p.revenue, 0), currency)} ·{" "}
                  {formatCount(points.reduce((a, p) => a + p.orders, 0))} orders
                </Text>
              </div>
              <LineChart
                aria-label={`Revenue in ${currency.toUpperCase()}`}
                data-testid={`analytics-revenue-${currency}`}
                keys={[{ name: "Revenue", color: CHART_COLORS[i % CHART_COLORS.length] }]}
                points={points.map((p) => ({ label: formatPeriod(p.period, params.interval), values: [p.revenue] }))}
                format={(v) => formatMoney(v, currency, true)}
              />
            </div>
          ))}
        </div>
      )}
    </Section>
  )
}

export const Customers = ({ params }: { params: AnalyticsParams }) => {
  const { data, isLoading, error } = useAnalyticsReport("customers", params)
  const keys = [
    { name: "Registered", color: CHART_COLORS[0] },
    { name: "Guests", color: CHART_COLORS[5] },
  ]
  return (
    <Section title="New customers" report="customers" params={params} testId="analytics-customers">
      {error ? (
        <Failed error={error} />
      ) : isLoading || !data ? (
        <Loading />
      ) : !data.totals.new_customers && !data.totals.new_guests ? (
        <Empty>No new customers in this range</Empty>
      ) : (
        <>
          <Legend keys={keys} />
          <ColumnChart
            aria-label="New customers"
            keys={keys}
            points={data.series.map((p) => ({
              label: formatPeriod(p.period, params.interval),
              values: [p.new_customers, p.new_guests],
            }))}
            format={(v) => formatCount(Math.round(v))}
            integer
          />
        </>
      )}
      {data && (
        <Text size="small" className="text-ui-fg-subtle">
          Accounts now: {formatCount(data.accounts.active)} active, {formatCount(data.accounts.suspended)} suspended
        </Text>
      )}
    </Section>
  )
}

export const Subscriptions = ({ params }: { params: AnalyticsParams }) => {
  const { data, isLoading, error } = useAnalyticsReport("subscriptions", params)
  const total = data ? Object.values(data.counts).reduce((a, b) => a + b, 0) : 0
  const keys = [
    { name: "New", color: CHART_COLORS[0] },
    { name: "Suspended", color: STATUS_COLORS.suspended },
    { name: "Cancelled / expired", color: STATUS_COLORS.expired },
  ]
  return (
    <Section
      title="Subscriptions"
      description="Where subscriptions stand now, their monthly recurring revenue, and what happened in the range."
      report="subscriptions"
      params={params}
      testId="analytics-subscriptions"
    >
      {error ? (
        <Failed error={error} />
      ) : isLoading || !data ? (
        <Loading />
      ) : !total ? (
        <Empty>No subscriptions yet</Empty>
      ) : (
        <>
          <div className="flex h-3 w-full overflow-hidden rounded-full" role="img" aria-label="Subscriptions by status">
            {(Object.keys(STATUS_COLORS) as (keyof typeof STATUS_COLORS)[]).map((status) =>
              data.counts[status] ? (
                <div key={status} style={{ width: `${(data.counts[status] / total) * 100}%`, background: STATUS_COLORS[status] }} />
              ) : null
            )}
          </div>
          <div className="flex flex-wrap gap-3">
            {(Object.keys(STATUS_COLORS) as (keyof typeof STATUS_COLORS)[]).map((status) => (
              <span key={status} className="txt-compact-small text-ui-fg-subtle flex items-center gap-x-1.5" data-testid={`analytics-subscriptions-${status}`}>
                <span className="inline-block h-2 w-2 rounded-full" style={{ background: STATUS_COLORS[status] }} />
                {status.charAt(0).toUpperCase() + status.slice(1)}: <span className="text-ui-fg-base">{formatCount(data.counts[status])}</span>
              </span>
            ))}
          </div>
          <div className="flex flex-wrap gap-3">
            {data.mrr.length ? (
              data.mrr.map((m) => (
                <Stat
                  key={m.currency_code}
                  label={`MRR ${m.currency_code.toUpperCase()}`}
                  value={formatMoney(m.mrr, m.currency_code)}
                  detail={`${formatCount(m.active_subscriptions)} active`}
                />
              ))
            ) : (
              <Text size="small" className="text-ui-fg-muted">
                No active subscription: no recurring revenue.
              </Text>
            )}
          </div>
          <div className="flex flex-col gap-y-2">
            <Text size="small" weight="plus">
              In this range
            </Text>
            {data.series.some((p) => p.new || p.suspended || p.cancelled || p.expired) ? (
              <div className="max-w-[760px]">
                <Legend keys={keys} />
                <ColumnChart
                  aria-label="Subscription events"
                  keys={keys}
                  points={data.series.map((p) => ({
                    label: formatPeriod(p.period, params.interval),
                    values: [p.new, p.suspended, p.cancelled + p.expired],
                  }))}
                  format={(v) => formatCount(Math.round(v))}
                  integer
                />
              </div>
            ) : (
              <Empty>No subscription started, was suspended or ended in this range</Empty>
            )}
          </div>
        </>
      )}
    </Section>
  )
}

export const Products = ({ params }: { params: AnalyticsParams }) => {
  const { data, isLoading, error } = useAnalyticsReport("products", params)
  const currencies = [...new Set((data?.products ?? []).map((p) => p.currency_code))]
  return (
    <Section title="Top products" description="By revenue, per currency (top 5)." report="products" params={params} testId="analytics-products">
      {error ? (
        <Failed error={error} />
      ) : isLoading || !data ? (
        <Loading />
      ) : !data.products.length ? (
        <Empty>No products sold in this range</Empty>
      ) : (
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          {currencies.map((currency, i) => (
            <div key={currency} className="flex flex-col gap-y-2">
              <Text size="small" weight="plus">
                {currency.toUpperCase()}
              </Text>
              <BarList
                color={CHART_COLORS[i % CHART_COLORS.length]}
                rows={data.products
                  .filter((p) => p.currency_code === currency)
                  .map((p) => ({
                    key: `${currency}:${p.product_id}`,
                    label: p.product_title ?? p.product_id ?? "Unknown product",
                    value: p.revenue,
                    display: formatMoney(p.revenue, currency),
                    detail: `${formatCount(p.units)} sold`,
                  }))}
              />
            </div>
          ))}
        </div>
      )}
    </Section>
  )
}

export const Regions = ({ params }: { params: AnalyticsParams }) => {
  const { data, isLoading, error } = useAnalyticsReport("regions", params)
  return (
    <Section title="Orders by region" report="regions" params={params} testId="analytics-regions">
      {error ? (
        <Failed error={error} />
      ) : isLoading || !data ? (
        <Loading />
      ) : !data.regions.length ? (
        <Empty>No orders in this range</Empty>
      ) : (
        <BarList
          color={CHART_COLORS[3]}
          rows={data.regions.map((r) => ({
            key: `${r.region_id}:${r.currency_code}`,
            label: r.region_name ?? r.region_id ?? "No region",
            value: r.orders,
            display: `${formatCount(r.orders)} orders`,
            detail: formatMoney(r.revenue, r.currency_code),
          }))}
        />
      )}
    </Section>
  )
}
