import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import {
  Container,
  DataTable,
  Heading,
  StatusBadge,
  Tabs,
  Text,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { Link, useSearchParams } from "react-router-dom"
import { DebouncedInput } from "../../components/debounced-input"
import { type DataTableColumns } from "../../lib/data-table"
import { formatDateTime, humanize } from "../../lib/format"
import { formatAmount } from "../../lib/invoices"
import {
  PAYMENTS_PAGE_SIZE as PAGE_SIZE,
  customerLabel,
  providerLabel,
  usePaymentFailures,
  usePaymentsOverview,
  type PaymentFailureRow,
  type PaymentRow,
} from "../../lib/payments"

type Tab = "all" | "failed"

const STATUS_COLORS: Record<PaymentRow["status"], "green" | "orange" | "grey" | "blue" | "red"> = {
  authorized: "orange",
  captured: "green",
  partially_refunded: "blue",
  refunded: "grey",
  canceled: "red",
}

const stop = (e: React.MouseEvent) => e.stopPropagation()

const OrderLink = ({ order }: { order: { id: string; display_id: number } | null }) =>
  order ? (
    <Link to={`/orders/${order.id}`} onClick={stop} className="text-ui-fg-interactive" data-testid="payments-order-link">
      #{order.display_id}
    </Link>
  ) : (
    <span className="text-ui-fg-muted">—</span>
  )

const CustomerLink = ({ id, label, email }: { id: string | null; label: string; email?: string | null }) => (
  <div className="flex flex-col py-1">
    {id ? (
      <Link to={`/customers/${id}`} onClick={stop} className="text-ui-fg-interactive" data-testid="payments-customer-link">
        {label}
      </Link>
    ) : (
      <span>{label}</span>
    )}
    {email && email !== label && <span className="text-ui-fg-muted txt-compact-xsmall">{email}</span>}
  </div>
)

const paymentColumns = createDataTableColumnHelper<PaymentRow>()
const PAYMENT_COLUMNS = [
  paymentColumns.accessor("created_at", { header: "Date", cell: ({ getValue }) => formatDateTime(getValue()) }),
  paymentColumns.accessor("order", { header: "Order", cell: ({ row }) => <OrderLink order={row.original.order} /> }),
  paymentColumns.accessor("customer", {
    header: "Customer",
    cell: ({ row }) => (
      <CustomerLink
        id={row.original.customer?.id ?? null}
        label={customerLabel(row.original.customer, row.original.order?.email)}
        email={row.original.customer?.email ?? row.original.order?.email}
      />
    ),
  }),
  paymentColumns.accessor("provider_id", { header: "Method", cell: ({ getValue }) => providerLabel(getValue()) }),
  paymentColumns.accessor("amount", {
    header: "Amount",
    cell: ({ row }) => (
      <div className="flex flex-col py-1">
        <span>{formatAmount(row.original.amount, row.original.currency_code)}</span>
        {row.original.refunded_amount > 0 && (
          <span className="text-ui-fg-muted txt-compact-xsmall">
            {formatAmount(row.original.refunded_amount, row.original.currency_code)} refunded
          </span>
        )}
      </div>
    ),
  }),
  paymentColumns.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <StatusBadge color={STATUS_COLORS[getValue()]}>{humanize(getValue())}</StatusBadge>,
  }),
]

const failureColumns = createDataTableColumnHelper<PaymentFailureRow>()
const FAILURE_COLUMNS = [
  failureColumns.accessor("occurred_at", { header: "Date", cell: ({ getValue }) => formatDateTime(getValue()) }),
  failureColumns.accessor("customer", {
    header: "Customer",
    cell: ({ row }) => (
      <CustomerLink
        id={row.original.customer_id}
        label={customerLabel(row.original.customer, row.original.email)}
        email={row.original.customer?.email ?? row.original.email}
      />
    ),
  }),
  failureColumns.accessor("reason", {
    header: "Reason",
    cell: ({ row }) => (
      <div className="flex max-w-[320px] flex-col py-1">
        <span className="truncate">{row.original.reason ?? (row.original.action === "canceled" ? "Cancelled" : "Declined")}</span>
        {row.original.code && <span className="text-ui-fg-muted txt-compact-xsmall font-mono">{row.original.code}</span>}
      </div>
    ),
  }),
  failureColumns.accessor("provider_id", { header: "Method", cell: ({ getValue }) => providerLabel(getValue()) }),
  failureColumns.accessor("amount", {
    header: "Amount",
    cell: ({ row }) =>
      row.original.amount != null && row.original.currency_code ? formatAmount(row.original.amount, row.original.currency_code) : "—",
  }),
  failureColumns.accessor("order", {
    header: "Order",
    // the order the shopper placed after the failure (or whose payment failed): open it to retry or capture
    cell: ({ row }) =>
      row.original.order ? (
        <Link to={`/orders/${row.original.order.id}`} onClick={stop} className="text-ui-fg-interactive" data-testid="payment-failure-open-order">
          Open order #{row.original.order.display_id}
        </Link>
      ) : (
        <span className="text-ui-fg-muted txt-compact-xsmall">No order placed</span>
      ),
  }),
]

/** One tab's rows: a page of the list with its own columns. */
const PaymentTable = <T extends { id: string }>({
  testId,
  rows,
  columns,
  count,
  isLoading,
  pagination,
  emptyHeading,
}: {
  testId: string
  rows: T[]
  columns: DataTableColumns<T>
  count: number
  isLoading: boolean
  pagination: { state: { pageIndex: number; pageSize: number }; onPaginationChange: (state: { pageIndex: number }) => void }
  emptyHeading: string
}) => {
  const table = useDataTable<T>({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    rowCount: count,
    isLoading,
    pagination,
  })
  return (
    <div data-testid={testId}>
      <DataTable instance={table}>
        <DataTable.Table emptyState={{ empty: { heading: emptyHeading } }} />
        <DataTable.Pagination />
      </DataTable>
    </div>
  )
}

/** Every payment, and every attempt a gateway declined or cancelled; search by customer, email, shopper id or order. */
const PaymentsPage = () => {
  const [params, setParams] = useSearchParams()
  const tab: Tab = params.get("tab") === "failed" ? "failed" : "all"
  const q = params.get("q") ?? ""
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const update = (changes: Record<string, string>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v)
          else next.delete(k)
        }
        return next
      },
      { replace: true }
    )
  const query = { q, limit: PAGE_SIZE, offset }
  const payments = usePaymentsOverview(query)
  const failures = usePaymentFailures(query)
  const current = tab === "all" ? payments : failures
  const pagination = {
    state: { pageIndex: Math.floor(offset / PAGE_SIZE), pageSize: PAGE_SIZE },
    onPaginationChange: ({ pageIndex }: { pageIndex: number }) => update({ offset: pageIndex ? String(pageIndex * PAGE_SIZE) : "" }),
  }
  const emptyHeading = q ? "Nothing matches this search" : tab === "all" ? "No payments yet" : "No failed payments"

  return (
    <Container className="divide-y p-0" data-testid="payments-page">
      <div className="px-6 py-4">
        <Heading level="h1">Payments</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Every payment with its order and customer, and the attempts a gateway declined.
        </Text>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <Tabs value={tab} onValueChange={(v) => update({ tab: v === "failed" ? "failed" : "", offset: "" })}>
          <Tabs.List>
            <Tabs.Trigger value="all" data-testid="payments-tab-all">
              All payments
            </Tabs.Trigger>
            <Tabs.Trigger value="failed" data-testid="payments-tab-failed">
              Failed payments{failures.data?.count ? ` (${failures.data.count})` : ""}
            </Tabs.Trigger>
          </Tabs.List>
        </Tabs>
        <DebouncedInput
          type="search"
          size="small"
          className="w-[320px]"
          placeholder="Search email, name, shopper ID, order #"
          aria-label="Search payments"
          value={q}
          onChange={(value) => update({ q: value, offset: "" })}
          data-testid="payments-search"
        />
      </div>
      {current.error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load payments: {current.error.message}
        </Text>
      ) : (
        tab === "all" ? (
          <PaymentTable
            testId="payments-all-table"
            rows={payments.data?.payments ?? []}
            columns={PAYMENT_COLUMNS}
            count={payments.data?.count ?? 0}
            isLoading={payments.isLoading}
            pagination={pagination}
            emptyHeading={emptyHeading}
          />
        ) : (
          <PaymentTable
            testId="payments-failed-table"
            rows={failures.data?.payment_failures ?? []}
            columns={FAILURE_COLUMNS}
            count={failures.data?.count ?? 0}
            isLoading={failures.isLoading}
            pagination={pagination}
            emptyHeading={emptyHeading}
          />
        )
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Payments", icon: CreditCard })

export default PaymentsPage
