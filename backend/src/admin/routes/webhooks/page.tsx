import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath, Bolt, CheckCircle, PauseSolid, Trash, XCircle } from "@medusajs/icons"
import {
  Badge,
  Button,
  Checkbox,
  Container,
  Copy,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Drawer,
  FocusModal,
  Heading,
  Input,
  Label,
  Select,
  StatusBadge,
  Text,
  toast,
  Tooltip,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { formatDateTime } from "../../lib/format"
import {
  EVENT_CHOICES,
  useCreateWebhookEndpoint,
  useDeleteWebhookEndpoint,
  useRetryWebhookDelivery,
  useUpdateWebhookEndpoint,
  useWebhookDeliveries,
  useWebhookEndpoints,
  type WebhookDelivery,
  type WebhookDeliveryStatus,
  type WebhookEndpoint,
} from "../../lib/webhooks"

const PAGE_SIZE = 20
const ALL = "__all"

const DELIVERY_STATUS: Record<WebhookDeliveryStatus, { color: "orange" | "green" | "red"; label: string }> = {
  pending: { color: "orange", label: "Pending" },
  succeeded: { color: "green", label: "Succeeded" },
  failed: { color: "red", label: "Failed" },
}

const EnabledBadge = ({ enabled }: { enabled: boolean }) => (
  <StatusBadge color={enabled ? "green" : "grey"}>{enabled ? "Enabled" : "Disabled"}</StatusBadge>
)

/** The form to add an endpoint, then its signing secret — shown this once, with a copy button. */
const CreateEndpointModal = ({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) => {
  const [url, setUrl] = useState("")
  const [description, setDescription] = useState("")
  const [families, setFamilies] = useState<string[]>(["*"])
  const [names, setNames] = useState("")
  const [created, setCreated] = useState<(WebhookEndpoint & { secret: string }) | null>(null)
  const create = useCreateWebhookEndpoint()

  const events = [
    ...families,
    ...names
      .split(/[\s,]+/)
      .map((n) => n.trim())
      .filter(Boolean),
  ]
  const valid = /^https?:\/\/\S+$/i.test(url.trim()) && events.length > 0

  const close = (next: boolean) => {
    if (!next) {
      setUrl("")
      setDescription("")
      setFamilies(["*"])
      setNames("")
      setCreated(null)
    }
    onOpenChange(next)
  }

  const toggle = (value: string, checked: boolean) =>
    setFamilies((current) => (checked ? [...current.filter((f) => f !== value), value] : current.filter((f) => f !== value)))

  const submit = () =>
    create.mutate(
      { url: url.trim(), events, description: description.trim() || undefined },
      {
        onSuccess: ({ webhook_endpoint }) => setCreated(webhook_endpoint),
        onError: (e) => toast.error("Could not add the endpoint", { description: e.message }),
      }
    )

  return (
    <FocusModal open={open} onOpenChange={close}>
      <FocusModal.Content data-testid="webhook-create-modal">
        <FocusModal.Header>
          <FocusModal.Title>{created ? "Endpoint added" : "Add webhook endpoint"}</FocusModal.Title>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-12">
          {created ? (
            <div className="flex w-full max-w-[560px] flex-col gap-y-4">
              <Heading level="h2">Signing secret</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Copy it now: it is shown only this once. The receiver verifies each request with it (Standard Webhooks:
                the <code>webhook-id</code>, <code>webhook-timestamp</code> and <code>webhook-signature</code> headers).
              </Text>
              <div className="bg-ui-bg-subtle flex items-center gap-x-2 rounded-md border px-3 py-2">
                <code className="txt-compact-small flex-1 break-all" data-testid="webhook-secret">
                  {created.secret}
                </code>
                <Copy content={created.secret} aria-label="Copy the secret" />
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                Events go to <span className="text-ui-fg-base">{created.url}</span>: {created.events.join(", ")}
              </Text>
            </div>
          ) : (
            <form
              className="flex w-full max-w-[560px] flex-col gap-y-6"
              onSubmit={(e) => {
                e.preventDefault()
                if (valid && !create.isPending) submit()
              }}
            >
              <div className="flex flex-col gap-y-1.5">
                <Label htmlFor="webhook-url" weight="plus">
                  URL
                </Label>
                <Input
                  id="webhook-url"
                  placeholder="https://example.com/webhooks/cloudservices"
                  value={url}
                  onChange={(e) => setUrl(e.target.value)}
                />
                <Text size="xsmall" className="text-ui-fg-muted">
                  http or https. Private and local addresses are refused unless WEBHOOK_ALLOW_PRIVATE=true.
                </Text>
              </div>
              <div className="flex flex-col gap-y-2">
                <Label weight="plus">Events</Label>
                {EVENT_CHOICES.map((choice) => (
                  <div key={choice.value} className="flex items-start gap-x-2">
                    <Checkbox
                      id={`webhook-event-${choice.value}`}
                      checked={families.includes(choice.value)}
                      onCheckedChange={(checked) => toggle(choice.value, checked === true)}
                    />
                    <Label htmlFor={`webhook-event-${choice.value}`} className="flex flex-col">
                      <span className="txt-compact-small-plus">{choice.label}</span>
                      <span className="text-ui-fg-muted txt-compact-xsmall">{choice.hint}</span>
                    </Label>
                  </div>
                ))}
                <Input
                  aria-label="Specific events"
                  placeholder="Specific events, e.g. subscription.activated, service.active"
                  value={names}
                  onChange={(e) => setNames(e.target.value)}
                />
              </div>
              <div className="flex flex-col gap-y-1.5">
                <Label htmlFor="webhook-description" weight="plus">
                  Description (optional)
                </Label>
                <Input id="webhook-description" value={description} onChange={(e) => setDescription(e.target.value)} />
              </div>
              <button type="submit" hidden />
            </form>
          )}
        </FocusModal.Body>
        <FocusModal.Footer>
          {created ? (
            <Button size="small" onClick={() => close(false)} data-testid="webhook-create-done">
              Done
            </Button>
          ) : (
            <>
              <FocusModal.Close asChild>
                <Button size="small" variant="secondary">
                  Cancel
                </Button>
              </FocusModal.Close>
              <Button size="small" disabled={!valid} isLoading={create.isPending} onClick={submit} data-testid="webhook-create-save">
                Add endpoint
              </Button>
            </>
          )}
        </FocusModal.Footer>
      </FocusModal.Content>
    </FocusModal>
  )
}

const deliveryColumnHelper = createDataTableColumnHelper<WebhookDelivery>()

/** One endpoint's delivery log, newest first, with Retry. */
const DeliveriesDrawer = ({ endpoint, onClose }: { endpoint: WebhookEndpoint | null; onClose: () => void }) => {
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
