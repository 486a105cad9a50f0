import { Container, DataTable, Heading, Text, useDataTable } from "@medusajs/ui"
import { useMemo } from "react"
import { useUrlParams } from "../hooks/use-url-params"
import { rowData } from "../lib/data-table"
import { endOfDay, parseDay } from "../lib/format"
import {
  PAGE_SIZE,
  customerName,
  useNotificationLogs,
  type NotificationChannel,
  type NotificationLog,
  type NotificationLogFilters as Filters,
  type NotificationStatus,
} from "../lib/notifications"
import { NOTIFICATION_LOG_COLUMNS, NOTIFICATION_LOG_COPY } from "./notification-log-columns"
import { NotificationLogDrawer } from "./notification-log-drawer"
import {
  NOTIFICATION_FILTER_PARAMS,
  NotificationLogFilters,
  type NotificationFilterParam,
} from "./notification-log-filters"
import { TaggedRows } from "./tagged-rows"

/**
 * The log of one channel: filters live in the URL (so a filtered view can be
 * shared or linked from a customer), rows open the detail drawer (`?id=`).
 */
export const NotificationLogList = ({ channel }: { channel: NotificationChannel }) => {
  const copy = NOTIFICATION_LOG_COPY[channel]
  const { searchParams, param, update, setFilter, clear, offset, pagination } =
    useUrlParams<NotificationFilterParam | "id">(PAGE_SIZE)

  const filters: Filters = useMemo(() => {
    const from = parseDay(param("from"))
    const until = parseDay(param("until"))
    return {
      channel,
      q: param("q"),
      to: param("to"),
      shopper_id: param("shopper_id"),
      customer_id: param("customer_id"),
      status: (param("status") || undefined) as NotificationStatus | undefined,
      template: param("template"),
      provider: param("provider"),
      archived: (param("archived") || undefined) as Filters["archived"],
      created_after: from?.toISOString(),
      created_before: until ? endOfDay(until).toISOString() : undefined,
      limit: PAGE_SIZE,
      offset,
    }
  }, [channel, searchParams])

  const { data, isLoading, isFetching, error } = useNotificationLogs(filters)
  const logs = data?.notification_logs ?? []
  const hasFilters = NOTIFICATION_FILTER_PARAMS.some((name) => param(name))
  const customerId = param("customer_id")
  const filteredCustomer = customerId
    ? logs.find((log) => log.customer_id === customerId)?.customer
    : null
  const testId = `${channel}-log`

  const table = useDataTable<NotificationLog>({
    data: logs,
    columns: NOTIFICATION_LOG_COLUMNS[channel],
    getRowId: (log) => log.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination,
    onRowClick: (_, row) =>
      update({ id: rowData(row).id }, true),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>{copy.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {copy.description}
          </Text>
        </div>
      </div>

      <NotificationLogFilters
        channel={channel}
        param={param}
        setFilter={setFilter}
        clear={() => clear(NOTIFICATION_FILTER_PARAMS)}
        customerLabel={customerName(filteredCustomer)}
      />

      {error ? (
        <div className="px-6 py-8">
          <Text size="small" className="text-ui-fg-error">
            Could not load the {copy.title.toLowerCase()}: {error.message}
          </Text>
        </div>
      ) : (
        <TaggedRows
          testId={`${testId}-row`}
          ids={logs.map((log) => log.id)}
          keyboard
          className={isFetching && !isLoading ? "opacity-60 transition-opacity" : undefined}
        >
          <DataTable instance={table}>
            <DataTable.Table
              emptyState={{
                empty: {
                  custom: (
                    <div
                      className="flex flex-col items-center gap-y-2 text-center"
                      data-testid={`${testId}-empty`}
                    >
                      <Text size="small" weight="plus">
                        {hasFilters ? `No ${copy.plural} match these filters` : `No ${copy.plural} yet`}
                      </Text>
                      <Text size="small" className="text-ui-fg-subtle max-w-[420px]">
                        {hasFilters
                          ? "Try a wider date range or fewer filters."
                          : `Every ${copy.noun} the platform sends (${copy.examples}, messages you ` +
                            "write from a customer's page) appears here."}
                      </Text>
                    </div>
                  ),
                },
              }}
            />
            <div data-testid={`${testId}-pagination`}>
              <DataTable.Pagination />
            </div>
          </DataTable>
        </TaggedRows>
      )}

      <NotificationLogDrawer
        id={param("id") || null}
        onSelect={(id) => update({ id }, true)}
        onClose={() => update({ id: "" }, true)}
      />
    </Container>
  )
}
