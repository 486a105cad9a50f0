import { ArrowPath } from "@medusajs/icons"
import { Button, Copy, Drawer, Heading, Prompt, Skeleton, Text, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { Link } from "react-router-dom"
import {
  customerName,
  formatDateTime,
  useNotificationLog,
  useResendNotification,
  type NotificationLogDetail,
} from "../lib/notifications"
import { EmailPreview, SmsPreview } from "./message-preview"
import { NotificationStatusBadge } from "./notification-status-badge"

const linkClass =
  "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small text-left"

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-[150px_1fr] items-start gap-x-4 py-2">
    <Text size="small" leading="compact" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base min-w-0 break-words">{children}</div>
  </div>
)

const Mono = ({ value }: { value: string }) => (
  <span className="inline-flex items-center gap-x-1 font-mono text-[12px]">
    {value}
    <Copy content={value} className="text-ui-fg-muted" />
  </span>
)

const Details = ({
  log,
  onSelect,
}: {
  log: NotificationLogDetail
  onSelect: (id: string) => void
}) => (
  <div className="divide-ui-border-base divide-y">
    <Field label="Status">
      <NotificationStatusBadge status={log.status} />
    </Field>
    <Field label="Recipient">{log.to}</Field>
    <Field label="Customer">
      {log.customer_id ? (
        <Link to={`/customers/${log.customer_id}`} className={linkClass}>
          {customerName(log.customer) ?? log.customer_id}
        </Link>
      ) : (
        "—"
      )}
    </Field>
    <Field label="Shopper ID">{log.shopper_id ? <Mono value={log.shopper_id} /> : "—"}</Field>
    <Field label="Template">
      <span className="font-mono text-[12px]">{log.template}</span>
    </Field>
    {log.channel === "email" && <Field label="Subject">{log.subject ?? "—"}</Field>}
    <Field label="Provider">{log.provider}</Field>
    <Field label="Provider message ID">
      {log.provider_message_id ? <Mono value={log.provider_message_id} /> : "—"}
    </Field>
    <Field label="Attempts">{log.attempts}</Field>
    {log.next_attempt_at && ["queued", "sending", "failed"].includes(log.status) && (
      <Field label="Next attempt">{formatDateTime(log.next_attempt_at)}</Field>
    )}
    {log.error && (
      <Field label="Error">
        <span className="text-ui-fg-error whitespace-pre-wrap" data-testid="notification-error">
          {log.error}
        </span>
      </Field>
    )}
    <Field label="Created">{formatDateTime(log.created_at)}</Field>
    <Field label="Sent">{formatDateTime(log.sent_at)}</Field>
    <Field label="Delivered">{formatDateTime(log.delivered_at)}</Field>
    {log.failed_at && <Field label="Failed">{formatDateTime(log.failed_at)}</Field>}
    <Field label="Updated">{formatDateTime(log.updated_at)}</Field>
    {log.resend_of_id && (
      <Field label="Resend of">
        <button
          type="button"
          className={linkClass}
          onClick={() => onSelect(log.resend_of_id!)}
          data-testid="notification-resend-of"
        >
          {log.resend_of_id}
        </button>
      </Field>
    )}
    <Field label="Resends">
      {log.resends?.length ? (
        <ul className="flex flex-col gap-y-1.5" data-testid="notification-resends">
          {log.resends.map((resend) => (
            <li key={resend.id} className="flex items-center gap-x-2">
              <button type="button" className={linkClass} onClick={() => onSelect(resend.id)}>
                {resend.id}
              </button>
              <NotificationStatusBadge status={resend.status} />
              <Text size="xsmall" className="text-ui-fg-muted">
                {formatDateTime(resend.created_at)}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        "None"
      )}
    </Field>
  </div>
)

const DrawerSkeleton = () => (
  <div className="flex flex-col gap-y-3">
    {Array.from({ length: 8 }).map((_, i) => (
      <div key={i} className="grid grid-cols-[150px_1fr] gap-x-4">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-4 w-full" />
      </div>
    ))}
    <Skeleton className="mt-4 h-[320px] w-full" />
  </div>
)

/**
 * Everything about one log entry: delivery details, the rendered message and its
 * resends. "Resend" sends the same content again as a new entry and opens it.
 */
export const NotificationLogDrawer = ({
  id,
  onSelect,
  onClose,
}: {
  id: string | null
  onSelect: (id: string) => void
  onClose: () => void
}) => {
  const { data: log, isLoading, error } = useNotificationLog(id)
  const resend = useResendNotification()
  const [confirming, setConfirming] = useState(false)
  const noun = log?.channel === "sms" ? "SMS" : "email"

  const doResend = () => {
    if (!log) {
      return
    }
    resend.mutate(log.id, {
      onSuccess: ({ notification_log }) => {
        toast.success(`${noun === "SMS" ? "SMS" : "Email"} queued for resend`, {
          description: `Sending again to ${notification_log.to}.`,
        })
        onSelect(notification_log.id)
      },
      onError: (e: Error) =>
        toast.error(`Could not resend the ${noun}`, { description: e.message }),
    })
  }

  return (
    <Drawer open={!!id} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className="sm:max-w-[720px]" data-testid="notification-drawer">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading className="break-all">
              {log
                ? log.channel === "email"
                  ? log.subject || "(no subject)"
                  : `SMS to ${log.to}`
                : "Message"}
            </Heading>
          </Drawer.Title>
          <Drawer.Description className="txt-compact-small text-ui-fg-subtle font-mono">
            {id}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {isLoading ? (
            <DrawerSkeleton />
          ) : error ? (
            <Text size="small" className="text-ui-fg-error">
              Could not load this message: {error.message}
            </Text>
          ) : log ? (
            <>
              <Details log={log} onSelect={onSelect} />
              <div className="flex flex-col gap-y-3">
                <Heading level="h3">Content</Heading>
                {log.channel === "email" ? (
                  <EmailPreview
                    html={log.body_html}
                    text={log.body_text}
                    title={log.subject ?? log.id}
                  />
                ) : (
                  <SmsPreview text={log.body_text} />
                )}
              </div>
            </>
          ) : null}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Close
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            disabled={!log}
            isLoading={resend.isPending}
            onClick={() => setConfirming(true)}
            data-testid="notification-resend"
          >
            <ArrowPath />
            Resend
          </Button>
        </Drawer.Footer>
        <Prompt variant="confirmation" open={confirming} onOpenChange={setConfirming}>
          <Prompt.Content>
            <Prompt.Header>
              <Prompt.Title>Resend this {noun}?</Prompt.Title>
              <Prompt.Description>
                The same {noun} is sent again to {log?.to}. It is logged as a new entry; this one
                stays as it is.
              </Prompt.Description>
            </Prompt.Header>
            <Prompt.Footer>
              <Prompt.Cancel>Cancel</Prompt.Cancel>
              <Prompt.Action onClick={doResend} data-testid="notification-resend-confirm">
                Resend
              </Prompt.Action>
            </Prompt.Footer>
          </Prompt.Content>
        </Prompt>
      </Drawer.Content>
    </Drawer>
  )
}
