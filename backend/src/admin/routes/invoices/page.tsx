import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  DataTable,
  DatePicker,
  Heading,
  StatusBadge,
  Text,
  createDataTableColumnHelper,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { Link, useSearchParams } from "react-router-dom"
import { DebouncedInput } from "../../components/debounced-input"
import { FilterSelect } from "../../components/filter-select"
import { formatDay, parseDay } from "../../lib/format"
import {
  INVOICES_PAGE_SIZE as PAGE_SIZE,
  downloadPdf,
  formatAmount,
  formatIssued,
  useInvoices,
  type InvoiceDocument,
} from "../../lib/invoices"

type Param = "q" | "number" | "customer_id" | "email" | "kind" | "status" | "from" | "to" | "offset"
const FILTERS: Param[] = ["q", "number", "customer_id", "email", "kind", "status", "from", "to"]

const STATUSES = {
  unpaid: { label: "Unpaid", color: "orange" },
  paid: { label: "Paid", color: "green" },
  refunded: { label: "Refunded", color: "grey" },
} as const

const stop = (e: React.MouseEvent) => e.stopPropagation()

const download = (doc: InvoiceDocument) =>
  downloadPdf(`/admin/invoices/${doc.id}/pdf`, `${doc.number}.pdf`).catch((e: Error) =>
    toast.error(`Could not download ${doc.number}`, { description: e.message })
  )

const columns = createDataTableColumnHelper<InvoiceDocument>()
const COLUMNS = [
  columns.accessor("number", { header: "Number", cell: ({ getValue }) => <span className="font-mono">{getValue()}</span> }),
  columns.accessor("kind", {
    header: "Kind",
    cell: ({ getValue }) => (
      <Badge size="2xsmall" color={getValue() === "invoice" ? "blue" : "orange"}>
        {getValue() === "invoice" ? "Invoice" : "Credit note"}
      </Badge>
    ),
  }),
  columns.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => {
      const status = getValue()
      return status ? (
        <StatusBadge color={STATUSES[status].color} data-testid="invoices-status">
          {STATUSES[status].label}
        </StatusBadge>
      ) : (
        "—"
      )
    },
  }),
  columns.accessor("issued_at", { header: "Issued", cell: ({ getValue }) => formatIssued(getValue()) }),
  columns.accessor("order", {
    header: "Order",
    cell: ({ row }) => (
      <Link to={`/orders/${row.original.order_id}`} onClick={stop} className="text-ui-fg-interactive" data-testid="invoices-order-link">
        {row.original.order ? `#${row.original.order.display_id}` : row.original.order_id}
      </Link>
    ),
  }),
  columns.accessor("order_id", {
    id: "customer",
    header: "Customer",
    cell: ({ row }) => {
      const order = row.original.order
      if (!order?.customer_id) return <span>{order?.email ?? "—"}</span>
      return (
        <Link to={`/customers/${order.customer_id}`} onClick={stop} className="text-ui-fg-interactive" data-testid="invoices-customer-link">
          {order.email ?? order.customer_id}
        </Link>
      )
    },
  }),
  columns.accessor("total", {
    header: "Total",
    cell: ({ row }) => (row.original.kind === "credit_note" ? "−" : "") + formatAmount(row.original.total, row.original.currency_code),
  }),
  columns.accessor("id", {
    id: "download",
    header: "",
    cell: ({ row }) => (
      <Button
        size="small"
        variant="transparent"
        onClick={(e) => {
          stop(e)
          download(row.original)
        }}
        data-testid="invoices-download"
      >
        Download PDF
      </Button>
    ),
  }),
]

/** Every invoice and credit note: find one by number, customer, email, kind, payment status or issue date; download the PDF. */
const InvoicesPage = () => {
  const [params, setParams] = useSearchParams()
  const param = (name: Param) => params.get(name) ?? ""
  const update = (changes: Partial<Record<Param, string>>) =>
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
  const setFilter = (name: Param, value: string) => update({ [name]: value, offset: "" })
  const offset = Math.max(0, Number(param("offset")) || 0)
  const { data, isLoading, error } = useInvoices({
    q: param("q"),
    number: param("number"),
    customer_id: param("customer_id"),
    email: param("email"),
    kind: param("kind"),
    status: param("status"),
    issued_from: param("from"),
    issued_to: param("to"),
    limit: PAGE_SIZE,
    offset,
  })
  const hasFilters = FILTERS.some((f) => param(f))
  const table = useDataTable({
    data: data?.invoices ?? [],
    columns: COLUMNS,
    getRowId: (doc: InvoiceDocument) => doc.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: {
      state: { pageIndex: Math.floor(offset / PAGE_SIZE), pageSize: PAGE_SIZE },
      onPaginationChange: ({ pageIndex }) => update({ offset: pageIndex ? String(pageIndex * PAGE_SIZE) : "" }),
    },
  })
  const day = (value: Date | null) => (value ? formatDay(value) : "")

  return (
    <Container className="divide-y p-0" data-testid="invoices-page">
      <div className="px-6 py-4">
        <Heading level="h1">Invoices</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Invoices and credit notes as issued, with their PDFs.
        </Text>
      </div>
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <DebouncedInput
          type="search"
          size="small"
          className="w-[280px]"
          placeholder="Search number, email, name, shopper ID"
          aria-label="Search invoices"
          value={param("q")}
          onChange={(v) => setFilter("q", v)}
          data-testid="invoices-search"
        />
        <DebouncedInput
          size="small"
          className="w-[170px]"
          placeholder="Number (INV-2026-…)"
          aria-label="Number"
          value={param("number")}
          onChange={(v) => setFilter("number", v)}
          data-testid="invoices-filter-number"
        />
        <DebouncedInput
          size="small"
          className="w-[200px]"
          placeholder="Customer email"
          aria-label="Customer email"
          value={param("email")}
          onChange={(v) => setFilter("email", v)}
          data-testid="invoices-filter-email"
        />
        <DebouncedInput
          size="small"
          className="w-[200px]"
          placeholder="Customer ID"
          aria-label="Customer ID"
          value={param("customer_id")}
          onChange={(v) => setFilter("customer_id", v)}
          data-testid="invoices-filter-customer"
        />
        <FilterSelect
          value={param("kind")}
          onChange={(v) => setFilter("kind", v)}
          placeholder="Invoices and credit notes"
          className="w-[210px]"
          options={[
            { value: "invoice", label: "Invoices" },
            { value: "credit_note", label: "Credit notes" },
          ]}
          testId="invoices-filter-kind"
        />
        <FilterSelect
          value={param("status")}
          onChange={(v) => setFilter("status", v)}
          placeholder="Any payment status"
          className="w-[180px]"
          options={Object.entries(STATUSES).map(([value, { label }]) => ({ value, label }))}
          testId="invoices-filter-status"
        />
        <div className="w-[150px]" data-testid="invoices-filter-from">
          <DatePicker aria-label="Issued from" value={parseDay(param("from"))} onChange={(d) => setFilter("from", day(d))} />
        </div>
        <div className="w-[150px]" data-testid="invoices-filter-to">
          <DatePicker aria-label="Issued until" value={parseDay(param("to"))} onChange={(d) => setFilter("to", day(d))} />
        </div>
        {hasFilters && (
          <Button size="small" variant="transparent" onClick={() => update(Object.fromEntries([...FILTERS, "offset"].map((n) => [n, ""])))}>
            Clear filters
          </Button>
        )}
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load invoices: {error.message}
        </Text>
      ) : (
        <div data-testid="invoices-table">
          <DataTable instance={table}>
            <DataTable.Table emptyState={{ empty: { heading: hasFilters ? "Nothing matches these filters" : "No invoices yet" } }} />
            <DataTable.Pagination />
          </DataTable>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Invoices", icon: Receipt })

export default InvoicesPage
