import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Skeleton, Text, toast } from "@medusajs/ui"
import { useMemo, useState, type ReactNode } from "react"
import { useSearchParams } from "react-router-dom"
import {
  BarList,
  CHART_COLORS,
  ColumnChart,
  Legend,
  LineChart,
} from "../../components/analytics-charts"
import {
  downloadCsv,
  formatCount,
  formatMoney,
  formatPeriod,
  isoDay,
  useAnalyticsReport,
  type AnalyticsInterval,
  type AnalyticsParams,
  type AnalyticsReport,
} from "../../lib/analytics"

const PRESETS = [
  { value: "7", label: "Last 7 days" },
  { value: "30", label: "Last 30 days" },
  { value: "90", label: "Last 90 days" },
  { value: "365", label: "Last 12 months" },
  { value: "custom", label: "Custom range" },
]
const INTERVALS: { value: AnalyticsInterval; label: string }[] = [
  { value: "day", label: "Daily" },
  { value: "week", label: "Weekly" },
  { value: "month", label: "Monthly" },
]
const ALL = "__all"
const STATUS_COLORS = { active: "#10b981", suspended: "#f59e0b", cancelled: "#9ca3af", expired: "#ef4444" }

/** The page's range from the URL: a preset (default 30 days) or from/to dates. */
function useRange() {
  const [searchParams, setSearchParams] = useSearchParams()
  const preset = searchParams.get("preset") ?? (searchParams.get("from") ? "custom" : "30")
  const interval = (["day", "week", "month"].includes(searchParams.get("interval") ?? "")
    ? searchParams.get("interval")
    : Number(preset) >= 180
      ? "month"
      : "day") as AnalyticsInterval
  const days = Number(preset) || 30
  const params: AnalyticsParams = {
    from: preset === "custom" ? searchParams.get("from") || isoDay(30) : isoDay(days - 1),
    to: preset === "custom" ? searchParams.get("to") || isoDay(0) : isoDay(0),
    interval,
    currency: searchParams.get("currency") || undefined,
  }
  const update = (changes: Record<string, string>) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        return next
      },
      { replace: true }
    )
  return { params, preset, update }
}

const Section = ({
  title,
  description,
  report,
  params,
  children,
  testId,
}: {
  title: string
  description?: string
  report: AnalyticsReport
  params: AnalyticsParams
  children: ReactNode
  testId: string
}) => {
  const [downloading, setDownloading] = useState(false)
  const download = async () => {
    setDownloading(true)
    try {
      await downloadCsv("/admin/analytics/export", { report, ...params }, `analytics-${report}.csv`)
    } catch (e) {
      toast.error(`Could not download the CSV: ${(e as Error).message}`)
    } finally {
      setDownloading(false)
    }
  }
  return (
    <Container className="flex flex-col gap-y-4 p-6" data-testid={testId}>
      <div className="flex items-start justify-between gap-x-4">
        <div>
          <Heading level="h2">{title}</Heading>
          {description && (
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
          )}
        </div>
        <Button size="small" variant="secondary" onClick={download} isLoading={downloading} data-testid={`${testId}-csv`}>
          Download CSV
        </Button>
      </div>
      {children}
    </Container>
  )
}

const Loading = () => <Skeleton className="h-[180px] w-full" />

const Empty = ({ children }: { children: ReactNode }) => (
  <div className="flex h-[120px] items-center justify-center">
    <Text size="small" className="text-ui-fg-muted">
      {children}
    </Text>
  </div>
)

const Failed = ({ error }: { error: Error }) => (
  <Text size="small" className="text-ui-fg-error">
    Could not load this report: {error.message}
  </Text>
)

const Stat = ({ label, value, detail, testId }: { label: string; value: ReactNode; detail?: ReactNode; testId?: string }) => (
  <div className="flex min-w-[160px] flex-1 flex-col gap-y-1 rounded-lg border px-4 py-3" data-testid={testId}>
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-compact-xlarge-plus text-ui-fg-base">{value}</div>
    {detail && <div className="txt-compact-xsmall text-ui-fg-muted">{detail}</div>}
  </div>
)

/** Amounts per currency, one line each: money is never added across currencies. */
const PerCurrency = ({ amounts }: { amounts: { currency_code: string; amount: number }[] }) =>
  amounts.length ? (
    <div className="flex flex-col">
      {amounts.map((a) => (
        <span key={a.currency_code}>{formatMoney(a.amount, a.currency_code)}</span>
      ))}
    </div>
  ) : (
    <span>—</span>
  )

const Overview = ({ params }: { params: AnalyticsParams }) => {
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

const Revenue = ({ params }: { params: AnalyticsParams }) => {
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

const Customers = ({ params }: { params: AnalyticsParams }) => {
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

const Subscriptions = ({ params }: { params: AnalyticsParams }) => {
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

const Products = ({ params }: { params: AnalyticsParams }) => {
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

const Regions = ({ params }: { params: AnalyticsParams }) => {
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

/** The business at a glance: revenue, customers, subscriptions, products and regions over a range. */
const AnalyticsPage = () => {
  const { params, preset, update } = useRange()
  const overview = useAnalyticsReport("overview", { ...params, currency: undefined })
  const currencies = (overview.data?.revenue ?? []).map((r) => r.currency_code)
  const [exporting, setExporting] = useState(false)
  const exportOrders = async () => {
    setExporting(true)
    try {
      const to = new Date(`${params.to}T00:00:00`)
      to.setDate(to.getDate() + 1)
      await downloadCsv(
        "/admin/orders/export",
        {
          "created_at[gte]": new Date(`${params.from}T00:00:00`).toISOString(),
          "created_at[lt]": to.toISOString(),
          currency_code: params.currency,
        },
        "orders.csv"
      )
    } catch (e) {
      toast.error(`Could not export the orders: ${(e as Error).message}`)
    } finally {
      setExporting(false)
    }
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="analytics-page">
      <Container className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex items-start justify-between gap-x-4">
          <div>
            <Heading>Analytics</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Sales, customers and subscriptions over a period. Money is shown per currency.
            </Text>
          </div>
          <Button size="small" variant="secondary" onClick={exportOrders} isLoading={exporting} data-testid="analytics-orders-csv">
            Export orders CSV
          </Button>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall" className="text-ui-fg-subtle">
              Period
            </Label>
            <Select
              size="small"
              value={preset}
              onValueChange={(value) =>
                value === "custom"
                  ? update({ preset: "custom", from: params.from, to: params.to })
                  : update({ preset: value === "30" ? "" : value, from: "", to: "", interval: "" })
              }
            >
              <Select.Trigger className="w-[170px]" data-testid="analytics-preset">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {PRESETS.map((p) => (
                  <Select.Item key={p.value} value={p.value}>
                    {p.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {preset === "custom" && (
            <>
              <div className="flex flex-col gap-y-1">
                <Label size="xsmall" className="text-ui-fg-subtle" htmlFor="analytics-from">
                  From
                </Label>
                <Input
                  id="analytics-from"
                  size="small"
                  type="date"
                  value={params.from}
                  max={params.to}
                  onChange={(e) => e.target.value && update({ preset: "custom", from: e.target.value })}
                  data-testid="analytics-from"
                />
              </div>
              <div className="flex flex-col gap-y-1">
                <Label size="xsmall" className="text-ui-fg-subtle" htmlFor="analytics-to">
                  To
                </Label>
                <Input
                  id="analytics-to"
                  size="small"
                  type="date"
                  value={params.to}
                  min={params.from}
                  onChange={(e) => e.target.value && update({ preset: "custom", to: e.target.value })}
                  data-testid="analytics-to"
                />
              </div>
            </>
          )}
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall" className="text-ui-fg-subtle">
              Interval
            </Label>
            <Select size="small" value={params.interval} onValueChange={(value) => update({ interval: value })}>
              <Select.Trigger className="w-[130px]" data-testid="analytics-interval">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {INTERVALS.map((i) => (
                  <Select.Item key={i.value} value={i.value}>
                    {i.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall" className="text-ui-fg-subtle">
              Currency
            </Label>
            <Select size="small" value={params.currency ?? ALL} onValueChange={(value) => update({ currency: value === ALL ? "" : value })}>
              <Select.Trigger className="w-[130px]" data-testid="analytics-currency">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>All currencies</Select.Item>
                {[...new Set([...currencies, ...(params.currency ? [params.currency] : [])])].map((c) => (
                  <Select.Item key={c} value={c}>
                    {c.toUpperCase()}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
      </Container>

      <Overview params={params} />
      <Revenue params={params} />
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <Customers params={params} />
        <Regions params={params} />
      </div>
      <Subscriptions params={params} />
      <Products params={params} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Analytics",
  icon: ChartBar,
})

export default AnalyticsPage
