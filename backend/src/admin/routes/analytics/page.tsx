import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  Customers,
  Overview,
  Products,
  Regions,
  Revenue,
  Subscriptions,
} from "../../components/analytics-reports"
import { useAnalyticsRange } from "../../hooks/use-analytics-range"
import { downloadCsv, useAnalyticsReport, type AnalyticsInterval } from "../../lib/analytics"

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

/** The business at a glance: revenue, customers, subscriptions, products and regions over a range. */
const AnalyticsPage = () => {
  const { params, preset, update } = useAnalyticsRange()
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
