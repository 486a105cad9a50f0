import { Button, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { downloadCsv, formatMoney, type AnalyticsParams, type AnalyticsReport } from "../lib/analytics"

/** One report's card, with its CSV download. */
export const Section = ({
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

export const Loading = () => <Skeleton className="h-[180px] w-full" />

export const Empty = ({ children }: { children: ReactNode }) => (
  <div className="flex h-[120px] items-center justify-center">
    <Text size="small" className="text-ui-fg-muted">
      {children}
    </Text>
  </div>
)

export const Failed = ({ error }: { error: Error }) => (
  <Text size="small" className="text-ui-fg-error">
    Could not load this report: {error.message}
  </Text>
)

export const Stat = ({ label, value, detail, testId }: { label: string; value: ReactNode; detail?: ReactNode; testId?: string }) => (
  <div className="flex min-w-[160px] flex-1 flex-col gap-y-1 rounded-lg border px-4 py-3" data-testid={testId}>
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-compact-xlarge-plus text-ui-fg-base">{value}</div>
    {detail && <div className="txt-compact-xsmall text-ui-fg-muted">{detail}</div>}
  </div>
)

/** Amounts per currency, one line each: money is never added across currencies. */
export const PerCurrency = ({ amounts }: { amounts: { currency_code: string; amount: number }[] }) =>
  amounts.length ? (
    <div className="flex flex-col">
      {amounts.map((a) => (
        <span key={a.currency_code}>{formatMoney(a.amount, a.currency_code)}</span>
      ))}
    </div>
  ) : (
    <span>—</span>
  )
