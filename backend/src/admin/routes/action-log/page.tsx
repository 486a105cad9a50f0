import { defineRouteConfig } from "@medusajs/admin-sdk"
import { History } from "@medusajs/icons"
import { Container, DataTable, Heading, Text, useDataTable } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { ActionLogDrawer } from "../../components/action-log-drawer"
import { actionLogColumns } from "../../components/action-log-columns"
import {
  ACTION_LOG_FILTER_PARAMS as FILTER_PARAMS,
  ActionLogFilters,
  type ActionLogFilterParam as FilterParam,
} from "../../components/action-log-filters"
import { useUrlParams } from "../../hooks/use-url-params"
import {
  logCustomerName,
  useActionLogActors,
  useActionLogCustomers,
  useActionLogs,
  type ActionLog,
  type ActionLogFilters as Filters,
} from "../../lib/action-logs"
import { rowData } from "../../lib/data-table"
import { endOfDay, parseDay } from "../../lib/format"

const PAGE_SIZE = 20

/** Everything admins (and the system) did, newest first: filter, page, open an entry. */
const ActionLogPage = () => {
  const { searchParams, param, update, setFilter, clear, offset, pagination } =
    useUrlParams<FilterParam>(PAGE_SIZE)
  const from = parseDay(param("from"))
  const until = parseDay(param("until"))
  const actorType = param("actor_type")

  const filters: Filters = useMemo(
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

  const columns = useMemo(() => actionLogColumns(actors, customers), [actors, customers])

  const table = useDataTable({
    data: logs,
    columns,
    getRowId: (log) => log.id,
    rowCount: count,
    isLoading,
    pagination,
    onRowClick: (_, row) => {
      setSelected(rowData(row))
      setDrawerOpen(true)
    },
  })

  const hasFilters = FILTER_PARAMS.some((name) => param(name))
  const customerId = param("customer_id")
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

      <ActionLogFilters
        param={param}
        setFilter={setFilter}
        update={update}
        clear={() => clear(FILTER_PARAMS)}
        filteredCustomer={filteredCustomer}
      />

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
