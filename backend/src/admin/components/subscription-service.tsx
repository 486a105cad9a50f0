import {
  Button,
  Container,
  createDataTableColumnHelper,
  Copy,
  DataTable,
  Heading,
  Input,
  StatusBadge,
  Text,
  toast,
  Tooltip,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState, type ReactNode } from "react"
import {
  ACTION_LABELS,
  ACTION_STATUS_STYLE,
  SERVICE_STATUS_STYLE,
  serviceBusy,
  useRetryServiceAction,
  useRunServiceAction,
  useSubscriptionService,
  type AdminService,
  type AdminServiceAction,
  type ServiceActionName,
  type SubscriptionWithService,
} from "../lib/services"
import { formatDateTime } from "../lib/subscriptions"
import { ActionButton, ActionPrompt, Field } from "./action-prompt"

const ACTIONS: ServiceActionName[] = ["provision", "reboot", "reinstall", "suspend", "unsuspend", "terminate"]

const DESCRIPTIONS: Record<ServiceActionName, string> = {
  provision: "Creates the service at its provider now (a new server with a new address if it was terminated).",
  suspend: "Stops the service at its provider. The subscription itself is not changed.",
  unsuspend: "Starts the suspended service again. The subscription itself is not changed.",
  terminate: "Deletes the service at its provider and releases its address. This can't be undone.",
  reboot: "Restarts the server.",
  reinstall: "Erases the server and installs the image again, with a new root password. Its data is lost.",
}

/** Why an action can't run now; null when it can. */
function disabledReason(action: ServiceActionName, service: AdminService | null | undefined, inFlight: boolean) {
  if (inFlight) return "Another action of this service is in progress"
  const status = service?.status
  switch (action) {
    case "provision":
      return !service || ["provisioning", "failed", "terminated"].includes(status!) ? null : "The service already runs"
    case "suspend":
      return status === "active" ? null : "Only a running service can be suspended"
    case "unsuspend":
      return status === "suspended" ? null : "Only a suspended service can be unsuspended"
    case "terminate":
      return service && status !== "terminated" ? null : "There is nothing to terminate"
    default:
      return status === "active" ? null : `Only a running service can be ${action === "reboot" ? "rebooted" : "reinstalled"}`
  }
}

const Row = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-3" data-testid={testId}>
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base min-w-0 break-words">{children}</div>
  </div>
)

const Mono = ({ value }: { value: string | null | undefined }) =>
  value ? (
    <span className="flex items-center gap-x-1 font-mono">
      {value}
      <Copy content={value} />
    </span>
  ) : (
    <span>-</span>
  )

const columnHelper = createDataTableColumnHelper<AdminServiceAction>()

/** The running service of a subscription: where it is, what was done to it, and manual actions. */
export const SubscriptionService = ({ subscription: initial }: { subscription: SubscriptionWithService }) => {
  const { data } = useSubscriptionService(initial.id, serviceBusy(initial))
  const subscription = data?.subscription ?? initial
  const service = subscription.service ?? null
  const actions = useMemo(() => subscription.service_actions ?? [], [subscription.service_actions])
  const inFlight = actions.some((a) => a.status === "pending" || a.status === "running")
  const run = useRunServiceAction(subscription.id)
  const retry = useRetryServiceAction(subscription.id)
  const [dialog, setDialog] = useState<ServiceActionName | null>(null)
  const [os, setOs] = useState("")

  const open = (action: ServiceActionName) => {
    setOs(service?.os ?? "")
    run.reset()
    setDialog(action)
  }

  const confirm = () => {
    if (!dialog) return
    const action = dialog
    run.mutate(
      { action, os: action === "reinstall" ? os.trim() : undefined },
      {
        onSuccess: (answer) => {
          const status = answer.action?.status
          if (status === "failed" || status === "pending") {
            toast.warning(`${ACTION_LABELS[action]} did not go through yet`, {
              description: answer.action?.error ?? "It is retried automatically.",
            })
          } else {
            toast.success(status === "running" ? `${ACTION_LABELS[action]} sent to the provider` : `${ACTION_LABELS[action]} done`)
          }
          setDialog(null)
        },
        onError: (error) => toast.error(`Could not ${action} the service`, { description: error.message }),
      }
    )
  }

  const columns = useMemo(
    () => [
      columnHelper.accessor("action", {
        header: "Action",
        cell: ({ getValue }) => <span data-testid="service-action-name">{ACTION_LABELS[getValue()] ?? getValue()}</span>,
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ getValue }) => (
          <StatusBadge color={ACTION_STATUS_STYLE[getValue()]?.color ?? "grey"} data-testid="service-action-status" data-status={getValue()}>
            {ACTION_STATUS_STYLE[getValue()]?.label ?? getValue()}
          </StatusBadge>
        ),
      }),
      columnHelper.accessor("attempts", { header: "Attempts" }),
      columnHelper.accessor("error", {
        header: "Error",
        cell: ({ getValue }) =>
          getValue() ? (
            <Tooltip content={getValue()}>
              <span className="text-ui-fg-error block max-w-[220px] truncate">{getValue()}</span>
            </Tooltip>
          ) : (
            "-"
          ),
      }),
      columnHelper.accessor("requested_by", {
        header: "By",
        cell: ({ row }) => (
          <Tooltip content={row.original.requested_by_id ?? "The subscription's lifecycle"}>
            <span className="capitalize">{row.original.requested_by}</span>
          </Tooltip>
        ),
      }),
      columnHelper.accessor("created_at", { header: "Requested", cell: ({ getValue }) => formatDateTime(getValue()) }),
      columnHelper.accessor("finished_at", {
        header: "Finished",
        cell: ({ row }) =>
          row.original.status === "pending" && row.original.next_attempt_at
            ? <span className="text-ui-fg-subtle">next try {formatDateTime(row.original.next_attempt_at)}</span>
            : formatDateTime(row.original.finished_at),
      }),
      columnHelper.display({
        id: "retry",
        cell: ({ row }) =>
          row.original.status === "failed" ? (
            <Button
              size="small"
              variant="secondary"
              isLoading={retry.isPending && retry.variables === row.original.id}
              disabled={inFlight}
              data-testid="service-action-retry"
              onClick={(e) => {
                e.stopPropagation()
                retry.mutate(row.original.id, {
                  onSuccess: (answer) =>
                    answer.service_action?.status === "failed" || answer.service_action?.status === "pending"
                      ? toast.warning("The retry failed too", { description: answer.service_action?.status === "failed" ? "See the error in the history." : "It is retried automatically." })
                      : toast.success(`${ACTION_LABELS[row.original.action]} retried`),
                  onError: (error) => toast.error("Could not retry", { description: error.message }),
                })
              }}
            >
              Retry
            </Button>
          ) : null,
      }),
    ],
    [retry, inFlight]
  )

  const table = useDataTable({
    columns,
    data: actions,
    getRowId: (row) => row.id,
    rowCount: actions.length,
  })

  const style = service ? SERVICE_STATUS_STYLE[service.status] : null
  return (
    <Container className="divide-y p-0" data-testid="subscription-service">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading level="h2">Service</Heading>
            {style ? (
              <StatusBadge color={style.color} data-testid="service-status" data-status={service!.status}>
                {style.label}
              </StatusBadge>
            ) : (
              <StatusBadge color="grey" data-testid="service-status" data-status="none">
                Not provisioned
              </StatusBadge>
            )}
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {service ? `Run by the ${service.provider_id} provider.` : "Created when the subscription's payment arrives."}
          </Text>
        </div>
        <div className="flex flex-wrap gap-2">
          {ACTIONS.map((action) => (
            <ActionButton
              key={action}
              disabledReason={disabledReason(action, service, inFlight)}
              onClick={() => open(action)}
              testId={`service-${action}`}
            >
              {ACTION_LABELS[action]}
            </ActionButton>
          ))}
        </div>
      </div>
      {service && (
        <>
          <Row label="IPv4" testId="service-ipv4">
            <Mono value={service.ipv4} />
          </Row>
          <Row label="IPv6" testId="service-ipv6">
            <Mono value={service.ipv6} />
          </Row>
          <Row label="Hostname" testId="service-hostname">
            <Mono value={service.hostname} />
          </Row>
          <Row label="Data center" testId="service-location">
            {service.location_label ?? "-"}
            {service.location && service.location !== service.location_label && <span className="text-ui-fg-subtle"> ({service.location})</span>}
          </Row>
          <Row label="Operating system" testId="service-os">
            {service.os_label ?? "-"}
          </Row>
          <Row label="SSH key">{service.ssh_key_fingerprint ? <span className="font-mono">{service.ssh_key_fingerprint}</span> : "-"}</Row>
          <Row label="Root password">
            {service.has_root_password ? "Set (the customer reveals it in their account)" : "-"}
          </Row>
          <Row label="Provider reference">{service.external_id ?? "-"}</Row>
          <Row label="Running since">{formatDateTime(service.provisioned_at)}</Row>
          {service.terminate_after && service.status !== "terminated" && (
            <Row label="Terminated after" testId="service-terminate-after">
              <span className="text-ui-fg-error">{formatDateTime(service.terminate_after)}</span>
            </Row>
          )}
          {service.terminated_at && <Row label="Terminated">{formatDateTime(service.terminated_at)}</Row>}
        </>
      )}
      <DataTable instance={table}>
        <DataTable.Toolbar className="px-6 py-4">
          <Heading level="h3">Action history</Heading>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: { heading: "No actions yet", description: "Actions appear here once the service is provisioned." },
          }}
        />
      </DataTable>
      <ActionPrompt
        open={!!dialog}
        onOpenChange={(next) => !next && setDialog(null)}
        title={dialog ? `${ACTION_LABELS[dialog]} the service?` : ""}
        description={dialog ? DESCRIPTIONS[dialog] : ""}
        confirmLabel={dialog ? ACTION_LABELS[dialog] : ""}
        variant={dialog === "terminate" || dialog === "reinstall" ? "danger" : "confirmation"}
        canConfirm={dialog !== "reinstall" || !!os.trim()}
        isPending={run.isPending}
        onConfirm={confirm}
        testId="service-action"
      >
        {dialog === "reinstall" && (
          <Field label="Image" htmlFor="service-reinstall-os" hint="An image code of the plan, e.g. ubuntu-24.04 or debian-12.">
            <Input id="service-reinstall-os" size="small" value={os} onChange={(e) => setOs(e.target.value)} data-testid="service-reinstall-os" />
          </Field>
        )}
      </ActionPrompt>
    </Container>
  )
}
