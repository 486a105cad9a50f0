import { ArrowPath } from "@medusajs/icons"
import {
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Drawer,
  Select,
  StatusBadge,
  Text,
  toast,
  Tooltip,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { formatDateTime } from "../lib/format"
import {
  useRetryWebhookDelivery,
  useWebhookDeliveries,
  type WebhookDelivery,
  type WebhookDeliveryStatus,
  type WebhookEndpoint,
} from "../lib/webhooks"

const PAGE_SIZE = 20
const ALL = "__all"

const DELIVERY_STATUS: Record<WebhookDeliveryStatus, { color: "orange" | "green" | "red"; label: string }> = {
  pending: { color: "orange", label: "Pending" },
  succeeded: { color: "green", label: "Succeeded" },
  failed: { color: "red", label: "Failed" },
}

const deliveryColumnHelper = createDataTableColumnHelper<WebhookDelivery>()

/** One endpoint's delivery log, newest first, with Retry. */
export const DeliveriesDrawer = ({ endpoint, onClose }: { endpoint: WebhookEndpoint | null; onClose: () => void }) => {
  const [status, setStatus] = useState<WebhookDeliveryStatus | "">("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const retry = useRetryWebhookDelivery()
  const { data, isLoading, error } = useWebhookDeliveries(endpoint?.id ?? null, {
    status: status || undefined,
    limit: PAGE_SIZE,
    offset: pagination.pageIndex * PAGE_SIZE,
  })

  const columns = useMemo(
    () => [
      deliveryColumnHelper.accessor("event_type", {
        header: "Event",
        cell: ({ row }) => (
          <div className="flex flex-col">
            <span className="text-ui-fg-base">{row.original.event_type}</span>
            <span className="text-ui-fg-muted txt-compact-xsmall">{String(row.original.payload?.data?.id ?? "")}</span>
          </div>
        ),
      }),
      deliveryColumnHelper.accessor("status", {
        header: "Status",
        cell: ({ row }) => {
          const style = DELIVERY_STATUS[row.original.status]
          const badge = <StatusBadge color={style.color}>{style.label}</StatusBadge>
          return row.original.error ? <Tooltip content={row.original.error}>{badge}</Tooltip> : badge
        },
      }),
      deliveryColumnHelper.accessor("response_status", {
        header: "Code",
        cell: ({ getValue }) => getValue() ?? "—",
      }),
      deliveryColumnHelper.accessor("attempts", { header: "Attempts" }),
      deliveryColumnHelper.accessor("created_at", {
        header: "Time",
        cell: ({ row }) => (
          <div className="flex flex-col">
            <span>{formatDateTime(row.original.created_at)}</span>
            {row.original.status === "pending" && row.original.next_attempt_at && (
              <span className="text-ui-fg-muted txt-compact-xsmall">next {formatDateTime(row.original.next_attempt_at)}</span>
            )}
          </div>
        ),
      }),
      deliveryColumnHelper.action({
        actions: [
          {
            label: "Retry now",
            icon: <ArrowPath />,
            onClick: ({ row }) =>
              retry.mutate(row.original.id, {
                onSuccess: ({ webhook_delivery }) =>
                  webhook_delivery.status === "succeeded"
                    ? toast.success("Delivered", { description: `HTTP ${webhook_delivery.response_status}` })
                    : toast.error("Still failing", { description: webhook_delivery.error ?? undefined }),
                onError: (e) => toast.error("Could not retry", { description: e.message }),
              }),
          },
        ],
      }),
    ],
    [retry]
  )

  const table = useDataTable({
    columns,
    data: data?.webhook_deliveries ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Drawer open={!!endpoint} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className="max-w-[900px]" data-testid="webhook-deliveries-drawer">
        <Drawer.Header>
          <Drawer.Title>Deliveries</Drawer.Title>
          <Drawer.Description className="break-all">{endpoint?.url}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto p-0">
          <div className="px-6 pt-4">
            <Select
              size="small"
              value={status || ALL}
              onValueChange={(v) => {
                setStatus(v === ALL ? "" : (v as WebhookDeliveryStatus))
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
            >
              <Select.Trigger className="w-[180px]" aria-label="Status">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>Any status</Select.Item>
                {(Object.keys(DELIVERY_STATUS) as WebhookDeliveryStatus[]).map((s) => (
                  <Select.Item key={s} value={s}>
                    {DELIVERY_STATUS[s].label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {error ? (
            <Text size="small" className="text-ui-fg-error px-6">
              Could not load the deliveries: {error.message}
            </Text>
          ) : (
            <DataTable instance={table}>
              <DataTable.Table
                emptyState={{
                  empty: { heading: "Nothing sent yet", description: "Deliveries appear when a subscribed event happens." },
                  filtered: { heading: "No deliveries match", description: "Try another status." },
                }}
              />
              <DataTable.Pagination />
            </DataTable>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
