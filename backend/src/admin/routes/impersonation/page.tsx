import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Eye, XMarkMini } from "@medusajs/icons"
import {
  Badge,
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  Heading,
  Text,
  Tooltip,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { ImpersonationStatusBadge } from "../../components/impersonation-status-badge"
import { formatDateTime } from "../../lib/format"
import {
  formatDuration,
  IMPERSONATION_PATH,
  personName,
  STATUS_LABELS,
  timeLeft,
  useImpersonationAdmins,
  useImpersonations,
  type ImpersonationFilters,
  type ImpersonationSession,
  type ImpersonationStatus,
} from "../../lib/impersonation"

const PAGE_SIZE = 20
const DAY_MS = 86_400_000

const columnHelper = createDataTableColumnHelper<ImpersonationSession>()

const columns = [
  columnHelper.accessor("started_at", {
    header: "Started",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  columnHelper.accessor("customer_id", {
    header: "Customer",
    cell: ({ row }) => (
      <div className="flex min-w-0 flex-col" data-testid="impersonation-row-customer">
        <span className="text-ui-fg-base truncate">{personName(row.original.customer, row.original.customer_id)}</span>
        {row.original.customer?.email && (
          <span className="text-ui-fg-subtle txt-compact-xsmall truncate">{row.original.customer.email}</span>
        )}
      </div>
    ),
  }),
  columnHelper.accessor("user_id", {
    header: "Admin",
    cell: ({ row }) => (
      <Tooltip content={row.original.user?.email ?? row.original.user_id}>
        <span className="block max-w-[160px] truncate">{personName(row.original.user, row.original.user_id)}</span>
      </Tooltip>
    ),
  }),
  columnHelper.accessor("reason", {
    header: "Reason",
    cell: ({ getValue }) => <span className="block max-w-[260px] truncate">{getValue()}</span>,
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <ImpersonationStatusBadge status={getValue()} />,
  }),
  columnHelper.accessor("duration_seconds", {
    header: "Duration",
    cell: ({ row }) =>
      row.original.status === "active" ? (
        <span className="text-ui-fg-subtle">{timeLeft(row.original)}</span>
      ) : (
        formatDuration(row.original.duration_seconds)
      ),
  }),
]

const filterHelper = createDataTableFilterHelper<ImpersonationSession>()

/** Every "view as customer" session: who looked at which customer, why, and for how long. */
const ImpersonationPage = () => {
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const customerId = searchParams.get("customer_id") ?? ""
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { data: admins = [] } = useImpersonationAdmins()

  const filters = useMemo(() => {
    const now = Date.now()
    const since = (days: number) => new Date(now - days * DAY_MS).toISOString()
    return [
      filterHelper.accessor("status", {
        type: "select",
        label: "Status",
        options: (Object.keys(STATUS_LABELS) as ImpersonationStatus[]).map((value) => ({ value, label: STATUS_LABELS[value] })),
      }),
      filterHelper.accessor("user_id", { type: "select", label: "Admin", options: admins }),
      filterHelper.accessor("started_at", {
        type: "date",
        label: "Started",
        format: "date",
        options: [
          { label: "Last 24 hours", value: { $gte: since(1) } },
          { label: "Last 7 days", value: { $gte: since(7) } },
          { label: "Last 30 days", value: { $gte: since(30) } },
        ],
      }),
    ]
  }, [admins])

  const query: ImpersonationFilters = {
    status: (filtering.status as ImpersonationStatus | undefined) || undefined,
    user_id: (filtering.user_id as string | undefined) || undefined,
    started_at: (filtering.started_at as ImpersonationFilters["started_at"]) || undefined,
    customer_id: customerId || undefined,
    q: search.trim() || undefined,
    limit: PAGE_SIZE,
    offset: pagination.pageIndex * PAGE_SIZE,
  }
  const { data, isLoading, error } = useImpersonations(query, { refetchInterval: 15_000 })

  const table = useDataTable({
    columns,
    data: data?.sessions ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filters,
    filtering: {
      state: filtering,
      onFilteringChange: (state) => {
        setFiltering(state)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_event, row) => navigate(IMPERSONATION_PATH(row.id)),
  })

  return (
    <Container className="divide-y p-0" data-testid="impersonation-page">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Impersonation</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Every time support viewed the store as a customer: who, why, for how long, and what they saw.
            </Text>
          </div>
          <div className="flex items-center gap-2">
            <DataTable.FilterMenu tooltip="Filter sessions" />
            <DataTable.Search placeholder="Customer email or name" />
          </div>
        </DataTable.Toolbar>
        {customerId && (
          <div className="flex items-center gap-x-2 px-6 py-2">
            <Badge size="small" data-testid="impersonation-customer-filter">
              Customer {customerId}
              <button
                type="button"
                aria-label="Remove the customer filter"
                className="ml-1"
                onClick={() => setSearchParams((prev) => {
                  const next = new URLSearchParams(prev)
                  next.delete("customer_id")
                  return next
                })}
              >
                <XMarkMini />
              </button>
            </Badge>
          </div>
        )}
        {error ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            Could not load the sessions: {error.message}
          </Text>
        ) : (
          <DataTable.Table
            emptyState={{
              empty: { heading: "No sessions yet", description: "Use “View as customer” on a customer's page." },
              filtered: { heading: "No sessions match", description: "Try fewer filters." },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Impersonation",
  icon: Eye,
})

export default ImpersonationPage
