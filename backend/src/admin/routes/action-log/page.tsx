import { defineRouteConfig } from "@medusajs/admin-sdk"
import { History, XMarkMini } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  DataTable,
  DatePicker,
  Heading,
  Text,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState, type MouseEvent } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { ActionLogDrawer } from "../../components/action-log-drawer"
import { DebouncedInput } from "../../components/debounced-input"
import { FilterSelect } from "../../components/filter-select"
import {
  RESOURCE_TYPES,
  actionLabel,
  actorName,
  changedFields,
  logCustomerName,
  resourcePath,
  resourceTypeLabel,
  useActionLogActors,
  useActionLogCustomers,
  useActionLogs,
  useAdminUsers,
  type ActionLog,
  type ActionLogFilters,
} from "../../lib/action-logs"
import { endOfDay, formatDateTime, formatDay, parseDay } from "../../lib/format"

const PAGE_SIZE = 20

/** URL search params that filter the list; `action` and `resource_id` come from links ("History of this record"). */
const FILTER_PARAMS = [
  "actor_id",
  "actor_type",
  "resource_type",
  "resource_id",
  "action",
  "customer_id",
  "from",
  "until",
] as const
type FilterParam = (typeof FILTER_PARAMS)[number]

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

/** A link inside a clickable row: follows the link, doesn't open the drawer. */
const stop = (e: MouseEvent) => e.stopPropagation()

const None = () => <span className="text-ui-fg-muted">—</span>

/** A filter that only arrives through the URL, shown as a removable chip. */
const FilterChip = ({
  label,
  onRemove,
  testId,
}: {
  label: string
  onRemove: () => void
  testId: string
}) => (
  <Badge size="small" className="gap-x-1" data-testid={testId}>
    {label}
    <button
      type="button"
      aria-label={`Remove filter ${label}`}
      className="text-ui-fg-muted hover:text-ui-fg-subtle"
      onClick={onRemove}
    >
      <XMarkMini />
    </button>
  </Badge>
)

const columnHelper = createDataTableColumnHelper<ActionLog>()

/** Everything admins (and the system) did, newest first: filter, page, open an entry. */
const ActionLogPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const param = (name: FilterParam | "offset") => searchParams.get(name) ?? ""

  const update = (changes: Partial<Record<FilterParam | "offset", string>>) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value) {
            next.set(key, value)
          } else {
            next.delete(key)
          }
        }
        return next
      },
      { replace: true }
    )
  // a new filter starts again on the first page
  const setFilter = (name: FilterParam, value: string) => update({ [name]: value, offset: "" })

  const offset = Math.max(0, Number(param("offset")) || 0)
  const from = parseDay(param("from"))
  const until = parseDay(param("until"))
  const actorType = param("actor_type")

  const filters: ActionLogFilters = useMemo(
    () => ({
      actor_id: param("actor_id") || undefined,
      actor_type: actorType === "user" || actorType === "system" ? actorType : undefined,
      resource_type: param("resource_type") || undefined,
      resource_id: param("resource_id") || undefined,
      action: param("action") || undefined,
      customer_id: param("customer_id") || undefined,
      created_at: {
        gte: from?.toISOString(),
        lte: until ? endOfDay(until).toISOString() : undefined,
      },
      limit: PAGE_SIZE,
      offset,
    }),
    [searchParams]
  )

  const { data, isLoading, isFetching, error } = useActionLogs(filters)
  const logs = data?.action_logs ?? []
  const count = data?.count ?? 0

  const admins = useAdminUsers()
  const { data: actors } = useActionLogActors(
    logs.flatMap((log) => (log.actor_type === "user" && log.actor_id ? [log.actor_id] : []))
  )
  const { data: customers } = useActionLogCustomers([
    ...logs.flatMap((log) => (log.customer_id ? [log.customer_id] : [])),
    ...(param("customer_id") ? [param("customer_id")] : []),
  ])

  // the drawer keeps its entry while it animates closed
  const [selected, setSelected] = useState<ActionLog | null>(null)
  const [drawerOpen, setDrawerOpen] = useState(false)

  const columns = useMemo(
    () => [
      columnHelper.accessor("created_at", {
        header: "Time",
        size: 160,
        cell: ({ row }) => (
          <span
            data-testid="action-log-row"
            data-id={row.original.id}
            data-action={row.original.action}
          >
            {formatDateTime(row.original.created_at)}
          </span>
        ),
      }),
      columnHelper.accessor("actor_id", {
        header: "Admin",
        size: 110,
        maxSize: 130,
        cell: ({ row }) => {
          const log = row.original
          if (log.actor_type === "system") {
            return (
              <Badge size="2xsmall" color="grey">
                System
              </Badge>
            )
          }
          const user = actors?.get(log.actor_id ?? "")
          return (
            <span data-testid="action-log-actor">{actorName(user) ?? log.actor_id ?? "Admin"}</span>
          )
        },
      }),
      // not "action": DataTable keeps that id for its row-actions column
      columnHelper.accessor("action", {
        id: "action_label",
        header: "Action",
        size: 160,
        maxSize: 190,
        cell: ({ getValue }) => actionLabel(getValue()),
      }),
      columnHelper.accessor("resource_id", {
        header: "Record",
        size: 160,
        maxSize: 180,
        cell: ({ row }) => {
          const log = row.original
          const path = resourcePath(log)
          return (
            <span>
              <span className="text-ui-fg-subtle">{resourceTypeLabel(log.resource_type)}</span>
              {log.resource_id !== "-" && " "}
              {path ? (
                <Link
                  to={path}
                  onClick={stop}
                  className={`${linkClass} font-mono text-[12px]`}
                  data-testid="action-log-resource-link"
                >
                  {log.resource_id}
                </Link>
              ) : log.resource_id !== "-" ? (
                <span className="font-mono text-[12px]">{log.resource_id}</span>
              ) : null}
            </span>
          )
        },
      }),
      columnHelper.accessor("customer_id", {
        header: "Customer",
        size: 120,
        maxSize: 150,
        cell: ({ getValue }) => {
          const id = getValue()
          return id ? (
            <Link
              to={`/customers/${id}`}
              onClick={stop}
              className={linkClass}
              data-testid="action-log-customer-link"
            >
              {logCustomerName(customers?.get(id)) ?? id}
            </Link>
          ) : (
            <None />
          )
        },
      }),
      columnHelper.accessor("reason", {
        header: "Reason",
        size: 140,
        maxSize: 180,
        cell: ({ getValue }) => getValue() || <None />,
      }),
      columnHelper.display({
        id: "fields",
        header: "Changed fields",
        size: 110,
        maxSize: 140,
        cell: ({ row }) => {
          const fields = changedFields(row.original)
          return fields.length ? (
            <span className="font-mono text-[12px]">{fields.join(", ")}</span>
          ) : (
            <None />
          )
        },
      }),
      columnHelper.accessor("ip", {
        header: "IP",
        size: 90,
        maxSize: 110,
        cell: ({ getValue }) =>
          getValue() ? <span className="font-mono text-[12px]">{getValue()}</span> : <None />,
      }),
    ],
    [actors, customers]
  )

  const table = useDataTable({
    data: logs,
    columns,
    getRowId: (log) => log.id,
    rowCount: count,
    isLoading,
    pagination: {
      state: { pageIndex: Math.floor(offset / PAGE_SIZE), pageSize: PAGE_SIZE },
      onPaginationChange: ({ pageIndex }) =>
        update({ offset: pageIndex ? String(pageIndex * PAGE_SIZE) : "" }),
    },
    // typed as the row's data, but DataTable passes the table row (its data in `original`)
    onRowClick: (_, row) => {
      setSelected((row as unknown as { original?: ActionLog }).original ?? row)
      setDrawerOpen(true)
    },
  })

  const hasFilters = FILTER_PARAMS.some((name) => param(name))
  const actorId = param("actor_id")
  const resourceType = param("resource_type")
  const customerId = param("customer_id")
  const adminOptions = (admins.data ?? []).map((user) => ({ value: user.id, label: user.name }))
  if (actorId && !adminOptions.some((option) => option.value === actorId)) {
    adminOptions.push({ value: actorId, label: actorId })
  }
  const resourceOptions = [
    ...RESOURCE_TYPES,
    ...(resourceType && !RESOURCE_TYPES.includes(resourceType) ? [resourceType] : []),
  ].map((type) => ({ value: type, label: resourceTypeLabel(type) }))
  const filteredCustomer = customerId ? logCustomerName(customers?.get(customerId)) : null

  const showRecordHistory = (log: ActionLog) => {
    setDrawerOpen(false)
    update({
      ...Object.fromEntries(FILTER_PARAMS.map((name) => [name, ""])),
      resource_type: log.resource_type,
      resource_id: log.resource_id,
      offset: "",
    })
  }

  return (
    <Container className="divide-y p-0" data-testid="action-log-page">
      <div className="px-6 py-4">
        <Heading>Action log</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Every change an admin made (and what the system did on its own), newest first. Open
          an entry for the full record.
        </Text>
      </div>

      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <FilterSelect
          value={actorId}
          onChange={(value) => setFilter("actor_id", value)}
          placeholder="All admins"
          options={adminOptions}
          testId="action-log-admin-filter"
          className="w-[200px]"
        />
        <FilterSelect
          value={actorType === "user" || actorType === "system" ? actorType : ""}
          onChange={(value) => setFilter("actor_type", value)}
          placeholder="Admins and system"
          options={[
            { value: "user", label: "Admins only" },
            { value: "system", label: "System only" },
          ]}
          testId="action-log-actor-type-filter"
        />
        <FilterSelect
          value={resourceType}
          onChange={(value) => update({ resource_type: value, resource_id: "", offset: "" })}
          placeholder="All records"
          options={resourceOptions}
          testId="action-log-resource-type-filter"
        />
        <DebouncedInput
          size="small"
          className="w-[220px]"
          placeholder="Customer ID"
          aria-label="Customer ID"
          value={customerId}
          onChange={(value) => setFilter("customer_id", value)}
          data-testid="action-log-customer-filter"
        />
        <div className="flex items-center gap-x-2" data-testid="action-log-date-from">
          <Text size="small" className="text-ui-fg-subtle">
            From
          </Text>
          <DatePicker
            size="small"
            aria-label="From"
            className="w-[150px]"
            value={from}
            maxValue={until ?? undefined}
            onChange={(date) => setFilter("from", date ? formatDay(date) : "")}
          />
        </div>
        <div className="flex items-center gap-x-2" data-testid="action-log-date-to">
          <Text size="small" className="text-ui-fg-subtle">
            To
          </Text>
          <DatePicker
            size="small"
            aria-label="To"
            className="w-[150px]"
            value={until}
            minValue={from ?? undefined}
            onChange={(date) => setFilter("until", date ? formatDay(date) : "")}
          />
        </div>
        {param("resource_id") && (
          <FilterChip
            label={`${resourceTypeLabel(resourceType || "record")} ${param("resource_id")}`}
            onRemove={() => setFilter("resource_id", "")}
            testId="action-log-resource-filter"
          />
        )}
        {param("action") && (
          <FilterChip
            label={actionLabel(param("action"))}
            onRemove={() => setFilter("action", "")}
            testId="action-log-action-filter"
          />
        )}
        {hasFilters && (
          <Button
            size="small"
            variant="transparent"
            onClick={() =>
              update(Object.fromEntries([...FILTER_PARAMS, "offset"].map((name) => [name, ""])))
            }
            data-testid="action-log-clear-filters"
          >
            Clear filters
          </Button>
        )}
        {filteredCustomer && (
          <Text size="small" className="text-ui-fg-subtle w-full">
            Customer:{" "}
            <Link to={`/customers/${customerId}`} className={linkClass}>
              {filteredCustomer}
            </Link>
          </Text>
        )}
      </div>

      {error ? (
        <div className="px-6 py-8">
          <Text size="small" className="text-ui-fg-error">
            Could not load the action log: {error.message}
          </Text>
        </div>
      ) : (
        <div
          className={isFetching && !isLoading ? "opacity-60 transition-opacity" : undefined}
          data-testid="action-log-table"
        >
          <DataTable instance={table}>
            <DataTable.Table
              emptyState={{
                empty: {
                  custom: (
                    <div
                      className="flex flex-col items-center gap-y-2 text-center"
                      data-testid="action-log-empty"
                    >
                      <Text size="small" weight="plus">
                        {hasFilters ? "No actions match these filters" : "Nothing recorded yet"}
                      </Text>
                      <Text size="small" className="text-ui-fg-subtle max-w-[420px]">
                        {hasFilters
                          ? "Try a wider date range or fewer filters."
                          : "Every change an admin saves (products, orders, customers, " +
                            "subscriptions…) appears here."}
                      </Text>
                    </div>
                  ),
                },
              }}
            />
            <div data-testid="action-log-pagination">
              <DataTable.Pagination />
            </div>
          </DataTable>
        </div>
      )}

      <ActionLogDrawer
        log={selected}
        open={drawerOpen}
        onOpenChange={setDrawerOpen}
        actor={selected?.actor_id ? actors?.get(selected.actor_id) : undefined}
        customer={selected?.customer_id ? customers?.get(selected.customer_id) : undefined}
        onShowRecordHistory={showRecordHistory}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Action log",
  icon: History,
})

export default ActionLogPage
