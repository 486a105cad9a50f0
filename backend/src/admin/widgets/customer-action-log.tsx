import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import {
  Badge,
  Container,
  DataTable,
  Heading,
  Text,
  Tooltip,
  createDataTableColumnHelper,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import {
  actionLabel,
  actorName,
  resourcePath,
  useActionLogActors,
  useActionLogs,
  type ActionLog,
  type ActorUser,
} from "../lib/action-logs"
import { TaggedRows } from "../components/tagged-rows"
import { formatDateTime } from "../lib/format"

const PAGE_SIZE = 10

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

const Actor = ({ log, user }: { log: ActionLog; user: ActorUser | undefined }) => {
  if (log.actor_type === "system") {
    return (
      <Badge size="2xsmall" color="grey">
        System
      </Badge>
    )
  }
  const name = actorName(user) ?? log.actor_id ?? "Admin"
  return (
    <Tooltip content={user?.email ?? log.actor_id ?? "Unknown admin"}>
      <span className="block max-w-[160px] truncate" data-testid="customer-action-log-actor">
        {name}
      </span>
    </Tooltip>
  )
}

const columnHelper = createDataTableColumnHelper<ActionLog>()

const columnsWith = (actors: Map<string, ActorUser> | undefined) => [
  // not "action": DataTable keeps that id for its row-actions column
  columnHelper.accessor("action", {
    id: "action_label",
    header: "Action",
    cell: ({ row }) => {
      const log = row.original
      const path = resourcePath(log)
      return path && log.resource_type !== "customer" ? (
        <Link to={path} className={linkClass}>
          {actionLabel(log.action)}
        </Link>
      ) : (
        actionLabel(log.action)
      )
    },
  }),
  columnHelper.accessor("actor_id", {
    header: "By",
    cell: ({ row }) => <Actor log={row.original} user={actors?.get(row.original.actor_id ?? "")} />,
  }),
  // long reasons truncate (with the whole text on hover): they never widen the table
  columnHelper.accessor("reason", {
    header: "Reason",
    truncateTooltip: false,
    cell: ({ getValue }) => {
      const reason = getValue()
      return reason ? (
        <Tooltip content={<span className="whitespace-pre-wrap">{reason}</span>}>
          <span className="block truncate" data-testid="customer-action-log-reason">
            {reason}
          </span>
        </Tooltip>
      ) : (
        <span className="text-ui-fg-muted">—</span>
      )
    },
  }),
  columnHelper.accessor("created_at", {
    header: "Time",
    align: "right",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
]

/** What admins (and the system) did to this customer's account and services, newest first. */
const CustomerActionLogWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { data, isLoading, error } = useActionLogs({
    customer_id: customer.id,
    limit: PAGE_SIZE,
    offset: pagination.pageIndex * PAGE_SIZE,
  })
  const logs = data?.action_logs ?? []
  const count = data?.count ?? 0
  const { data: actors } = useActionLogActors(
    logs.flatMap((log) => (log.actor_type === "user" && log.actor_id ? [log.actor_id] : []))
  )
  const columns = useMemo(() => columnsWith(actors), [actors])
  const table = useDataTable<ActionLog>({
    data: logs,
    columns,
    getRowId: (log) => log.id,
    rowCount: count,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0" data-testid="customer-action-log-widget">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Action log</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            What support and the system did to this customer's account and services.
          </Text>
        </div>
        <Link
          to={`/action-log?customer_id=${customer.id}`}
          className={`${linkClass} shrink-0 whitespace-nowrap`}
          data-testid="customer-action-log-view-all"
        >
          View all
        </Link>
      </div>

      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load the action log: {error.message}
        </Text>
      ) : (
        <TaggedRows
          testId="customer-action-log-row"
          ids={logs.map((log) => log.id)}
          attributes={logs.map((log) => ({ "data-action": log.action }))}
        >
          <DataTable instance={table}>
            <DataTable.Table
              emptyState={{
                empty: {
                  custom: (
                    <Text size="small" className="text-ui-fg-subtle" data-testid="customer-action-log-empty">
                      Nothing recorded for this customer yet.
                    </Text>
                  ),
                },
              }}
            />
            {count > PAGE_SIZE && <DataTable.Pagination />}
          </DataTable>
        </TaggedRows>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerActionLogWidget
