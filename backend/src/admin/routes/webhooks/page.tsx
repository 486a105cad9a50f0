import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Bolt, CheckCircle, PauseSolid, Trash, XCircle } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  StatusBadge,
  Text,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { formatDateTime } from "../../lib/format"
import {
  useDeleteWebhookEndpoint,
  useUpdateWebhookEndpoint,
  useWebhookEndpoints,
  type WebhookEndpoint,
} from "../../lib/webhooks"
import { CreateEndpointModal } from "../../components/webhook-create-modal"
import { DeliveriesDrawer } from "../../components/webhook-deliveries-drawer"

const PAGE_SIZE = 20

const EnabledBadge = ({ enabled }: { enabled: boolean }) => (
  <StatusBadge color={enabled ? "green" : "grey"}>{enabled ? "Enabled" : "Disabled"}</StatusBadge>
)

const endpointColumnHelper = createDataTableColumnHelper<WebhookEndpoint>()

/** Webhook endpoints of integrators: where signed events go, what they take, and how delivery went. */
const WebhooksPage = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [creating, setCreating] = useState(false)
  const [viewing, setViewing] = useState<WebhookEndpoint | null>(null)
  const { data, isLoading, error } = useWebhookEndpoints({ limit: PAGE_SIZE, offset: pagination.pageIndex * PAGE_SIZE })
  const update = useUpdateWebhookEndpoint()
  const remove = useDeleteWebhookEndpoint()
  const prompt = usePrompt()

  const columns = useMemo(
    () => [
      endpointColumnHelper.accessor("url", {
        header: "URL",
        cell: ({ row }) => (
          <div className="flex min-w-0 flex-col py-1">
            <span className="text-ui-fg-base max-w-[320px] truncate">{row.original.url}</span>
            {row.original.description && (
              <span className="text-ui-fg-muted txt-compact-xsmall max-w-[320px] truncate">{row.original.description}</span>
            )}
          </div>
        ),
      }),
      endpointColumnHelper.accessor("events", {
        header: "Events",
        cell: ({ getValue }) => (
          <div className="flex max-w-[280px] flex-wrap gap-1">
            {getValue().map((e) => (
              <Badge key={e} size="2xsmall">
                {e === "*" ? "All events" : e}
              </Badge>
            ))}
          </div>
        ),
      }),
      endpointColumnHelper.accessor("enabled", {
        header: "Status",
        cell: ({ getValue }) => <EnabledBadge enabled={getValue()} />,
      }),
      endpointColumnHelper.accessor("last_success_at", {
        header: "Last success",
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
      endpointColumnHelper.accessor("last_failure_at", {
        header: "Last failure",
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
      endpointColumnHelper.action({
        actions: ({ row }) => [
          [
            {
              label: "Deliveries",
              icon: <Bolt />,
              onClick: () => setViewing(row.original),
            },
            {
              label: row.original.enabled ? "Disable" : "Enable",
              icon: row.original.enabled ? <PauseSolid /> : <CheckCircle />,
              onClick: () =>
                update.mutate(
                  { id: row.original.id, enabled: !row.original.enabled },
                  {
                    onSuccess: ({ webhook_endpoint }) =>
                      toast.success(webhook_endpoint.enabled ? "Endpoint enabled" : "Endpoint disabled"),
                    onError: (e) => toast.error("Could not change the endpoint", { description: e.message }),
                  }
                ),
            },
          ],
          [
            {
              label: "Delete",
              icon: <Trash />,
              onClick: async () => {
                const confirmed = await prompt({
                  title: "Delete this endpoint?",
                  description: `${row.original.url} gets no more events, and pending retries stop. Its delivery log is kept.`,
                  confirmText: "Delete",
                  cancelText: "Cancel",
                })
                if (!confirmed) return
                remove.mutate(row.original.id, {
                  onSuccess: () => toast.success("Endpoint deleted"),
                  onError: (e) => toast.error("Could not delete the endpoint", { description: e.message }),
                })
              },
            },
          ],
        ],
      }),
    ],
    [update, remove, prompt]
  )

  const table = useDataTable({
    columns,
    data: data?.webhook_endpoints ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_event, row) => setViewing(row),
  })

  return (
    <Container className="divide-y p-0" data-testid="webhooks-page">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Webhooks</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Signed events (order.placed, subscription.*, service.*) for integrators. Failed deliveries are retried
              after 30 s, 2 min, 10 min, 1 h and 6 h.
            </Text>
          </div>
          <Button size="small" variant="secondary" onClick={() => setCreating(true)} data-testid="webhook-add">
            Add endpoint
          </Button>
        </DataTable.Toolbar>
        {error ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            <XCircle className="mr-1 inline" />
            Could not load the endpoints: {error.message}
          </Text>
        ) : (
          <DataTable.Table
            emptyState={{
              empty: { heading: "No endpoints yet", description: "Add one to send events to another system." },
              filtered: { heading: "No endpoints match", description: "" },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
      <CreateEndpointModal open={creating} onOpenChange={setCreating} />
      <DeliveriesDrawer endpoint={viewing} onClose={() => setViewing(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Webhooks",
  icon: Bolt,
})

export default WebhooksPage
