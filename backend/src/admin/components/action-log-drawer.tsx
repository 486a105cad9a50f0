import { Badge, Button, Copy, Drawer, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import {
  actionLabel,
  actorName,
  changedFields,
  logCustomerName,
  requestLine,
  resourcePath,
  resourceTypeLabel,
  type ActionLog,
  type ActorUser,
  type LogCustomer,
} from "../lib/action-logs"
import { formatDateTime, formatRelative } from "../lib/format"

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-[140px_1fr] items-start gap-x-4 py-2">
    <Text size="small" leading="compact" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base min-w-0 break-words">{children}</div>
  </div>
)

const Mono = ({ value }: { value: string }) => (
  <span className="inline-flex items-center gap-x-1 break-all font-mono text-[12px]">
    {value}
    <Copy content={value} className="text-ui-fg-muted" />
  </span>
)

const None = () => <span className="text-ui-fg-muted">—</span>

/**
 * One action log entry in full: who, what, which record and customer, from
 * where, and the stored data as JSON. "History of this record" filters the
 * list by the record.
 */
export const ActionLogDrawer = ({
  log,
  open,
  onOpenChange,
  actor,
  customer,
  onShowRecordHistory,
}: {
  log: ActionLog | null
  open: boolean
  onOpenChange: (open: boolean) => void
  actor: ActorUser | undefined
  customer: LogCustomer | undefined
  onShowRecordHistory: (log: ActionLog) => void
}) => {
  const path = log ? resourcePath(log) : null
  const fields = log ? changedFields(log) : []
  const request = log ? requestLine(log) : null
  const json = log?.data ? JSON.stringify(log.data, null, 2) : null

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="sm:max-w-[640px]" data-testid="action-log-drawer">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{log ? actionLabel(log.action) : "Action"}</Heading>
          </Drawer.Title>
          <Drawer.Description className="txt-compact-small text-ui-fg-subtle font-mono">
            {log?.id}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {log && (
            <>
              <div className="divide-ui-border-base divide-y">
                <Field label="Time">
                  {formatDateTime(log.created_at)}
                  <span className="text-ui-fg-muted"> · {formatRelative(log.created_at)}</span>
                </Field>
                <Field label="By">
                  {log.actor_type === "system" ? (
                    <Badge size="2xsmall" color="grey">
                      System
                    </Badge>
                  ) : (
                    <div className="flex flex-col gap-y-0.5" data-testid="action-log-drawer-actor">
                      <span>{actorName(actor) ?? "Unknown admin"}</span>
                      {actor?.email && actorName(actor) !== actor.email && (
                        <span className="text-ui-fg-subtle">{actor.email}</span>
                      )}
                      {log.actor_id && (
                        <Link
                          to={`/settings/users/${log.actor_id}`}
                          className={`${linkClass} font-mono text-[12px]`}
                        >
                          {log.actor_id}
                        </Link>
                      )}
                    </div>
                  )}
                </Field>
                <Field label="Action">
                  <div className="flex flex-col gap-y-0.5">
                    <span>{actionLabel(log.action)}</span>
                    <span className="text-ui-fg-subtle font-mono text-[12px]">{log.action}</span>
                  </div>
                </Field>
                <Field label="Record">
                  <div className="flex flex-col gap-y-0.5">
                    <span>{resourceTypeLabel(log.resource_type)}</span>
                    {path ? (
                      <Link
                        to={path}
                        className={`${linkClass} break-all font-mono text-[12px]`}
                        data-testid="action-log-drawer-resource"
                      >
                        {log.resource_id}
                      </Link>
                    ) : log.resource_id !== "-" ? (
                      <Mono value={log.resource_id} />
                    ) : null}
                  </div>
                </Field>
                <Field label="Customer">
                  {log.customer_id ? (
                    <Link
                      to={`/customers/${log.customer_id}`}
                      className={linkClass}
                      data-testid="action-log-drawer-customer"
                    >
                      {logCustomerName(customer) ?? log.customer_id}
                    </Link>
                  ) : (
                    <None />
                  )}
                </Field>
                <Field label="Reason">
                  {log.reason ? <span className="whitespace-pre-wrap">{log.reason}</span> : <None />}
                </Field>
                <Field label="Changed fields">
                  {fields.length ? (
                    <div className="flex flex-wrap gap-1">
                      {fields.map((field) => (
                        <Badge key={field} size="2xsmall" className="font-mono">
                          {field}
                        </Badge>
                      ))}
                    </div>
                  ) : (
                    <None />
                  )}
                </Field>
                {request && (
                  <Field label="Request">
                    <span className="break-all font-mono text-[12px]">{request}</span>
                  </Field>
                )}
                <Field label="IP address">{log.ip ? <Mono value={log.ip} /> : <None />}</Field>
              </div>

              <div className="flex flex-col gap-y-2">
                <div className="flex items-center justify-between">
                  <Heading level="h3">Data</Heading>
                  {json && <Copy content={json} className="text-ui-fg-muted" />}
                </div>
                {json ? (
                  <pre
                    className="bg-ui-bg-subtle border-ui-border-base txt-compact-xsmall overflow-x-auto whitespace-pre-wrap break-all rounded-lg border p-3 font-mono"
                    data-testid="action-log-data"
                  >
                    {json}
                  </pre>
                ) : (
                  <Text size="small" className="text-ui-fg-muted">
                    Nothing else was stored.
                  </Text>
                )}
              </div>
            </>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          {log && log.resource_id !== "-" && (
            <Button
              size="small"
              variant="secondary"
              onClick={() => onShowRecordHistory(log)}
              data-testid="action-log-record-history"
            >
              History of this record
            </Button>
          )}
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Close
            </Button>
          </Drawer.Close>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
