import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath, InboxSolid, PaperClip } from "@medusajs/icons"
import { Button, Container, Heading, IconButton, Skeleton, Text, clx, toast } from "@medusajs/ui"
import { Link, useSearchParams } from "react-router-dom"
import { DebouncedInput } from "../../components/debounced-input"
import { EmailPreview } from "../../components/message-preview"
import { NotificationStatusBadge } from "../../components/notification-status-badge"
import { downloadPdf } from "../../lib/invoices"
import {
  PAGE_SIZE,
  formatDateTime,
  formatRelative,
  useNotificationLog,
  useNotificationLogs,
  type NotificationLog,
} from "../../lib/notifications"

const MailboxItem = ({
  log,
  selected,
  onSelect,
}: {
  log: NotificationLog
  selected: boolean
  onSelect: () => void
}) => (
  <button
    type="button"
    onClick={onSelect}
    aria-current={selected || undefined}
    className={clx(
      "border-ui-border-base flex w-full flex-col gap-y-0.5 border-b px-4 py-3 text-left outline-none transition-fg",
      "hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover",
      selected && "bg-ui-bg-highlight hover:bg-ui-bg-highlight-hover"
    )}
    data-testid="mailbox-item"
    data-id={log.id}
  >
    <div className="flex items-baseline justify-between gap-x-2">
      <Text size="small" leading="compact" weight="plus" className="truncate">
        {log.to}
      </Text>
      <Text size="xsmall" leading="compact" className="text-ui-fg-muted shrink-0">
        {formatRelative(log.created_at)}
      </Text>
    </div>
    <Text size="small" leading="compact" className="text-ui-fg-base truncate">
      {log.subject || "(no subject)"}
    </Text>
    <Text size="xsmall" leading="compact" className="text-ui-fg-muted truncate">
      {log.body_text}
    </Text>
  </button>
)

type AttachmentRef = { filename: string; content_type?: string; invoice_id?: string }

/** The files the email carries (made when it was sent): an invoice or credit note PDF opens from its record. */
const Attachments = ({ attachments }: { attachments: AttachmentRef[] }) => (
  <div className="flex flex-wrap items-center gap-2 px-6 pt-3" data-testid="mailbox-attachments">
    {attachments.map((a) =>
      a.invoice_id ? (
        <Button
          key={a.filename}
          size="small"
          variant="secondary"
          data-testid="mailbox-attachment"
          onClick={() =>
            downloadPdf(`/admin/invoices/${a.invoice_id}/pdf`, a.filename).catch((e: Error) =>
              toast.error(`Could not download ${a.filename}: ${e.message}`)
            )
          }
        >
          <PaperClip /> {a.filename}
        </Button>
      ) : (
        <Text key={a.filename} size="small" className="text-ui-fg-subtle flex items-center gap-x-1" data-testid="mailbox-attachment">
          <PaperClip /> {a.filename}
        </Text>
      )
    )}
  </div>
)

const ListSkeleton = () => (
  <div className="flex flex-col">
    {Array.from({ length: 7 }).map((_, i) => (
      <div key={i} className="border-ui-border-base flex flex-col gap-y-2 border-b px-4 py-3">
        <Skeleton className="h-4 w-2/3" />
        <Skeleton className="h-4 w-full" />
      </div>
    ))}
  </div>
)

const Reader = ({ id }: { id: string }) => {
  const { data: log, isLoading, error } = useNotificationLog(id)

  if (isLoading) {
    return (
      <div className="flex flex-col gap-y-3 p-6">
        <Skeleton className="h-6 w-1/2" />
        <Skeleton className="h-4 w-1/3" />
        <Skeleton className="mt-4 h-[480px] w-full" />
      </div>
    )
  }
  if (error || !log) {
    return (
      <Text size="small" className="text-ui-fg-error p-6">
        Could not load this email{error ? `: ${error.message}` : ""}
      </Text>
    )
  }
  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="mailbox-reader">
      <div className="border-ui-border-base flex items-start justify-between gap-x-4 border-b px-6 py-4">
        <div className="flex min-w-0 flex-col gap-y-1">
          <Heading level="h2" className="break-words">
            {log.subject || "(no subject)"}
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            To <span className="text-ui-fg-base">{log.to}</span> · {formatDateTime(log.created_at)}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted font-mono">
            {log.template}
          </Text>
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          <NotificationStatusBadge status={log.status} />
          <Button size="small" variant="secondary" asChild>
            <Link to={`/email-log?id=${log.id}`}>Open in email log</Link>
          </Button>
        </div>
      </div>
      {Array.isArray(log.data?.attachments) && (log.data.attachments as AttachmentRef[]).length > 0 && (
        <Attachments attachments={log.data.attachments as AttachmentRef[]} />
      )}
      <div className="flex-1 px-6 py-4">
        <EmailPreview
          html={log.body_html}
          text={log.body_text}
          title={log.subject ?? log.id}
          frameClassName="h-[calc(100vh-300px)] min-h-[420px]"
        />
      </div>
    </div>
  )
}

const EmptyMailbox = ({ searching }: { searching: boolean }) => (
  <div
    className="flex flex-col items-center gap-y-2 px-6 py-20 text-center"
    data-testid="mailbox-empty"
  >
    <InboxSolid className="text-ui-fg-muted" />
    <Text size="small" weight="plus">
      {searching ? "No captured email matches your search" : "The mailbox is empty"}
    </Text>
    {!searching && (
      <Text size="small" className="text-ui-fg-subtle max-w-[480px]">
        While no SMTP server or SendGrid account is configured, the local email provider
        captures every email the platform sends instead of delivering it, and shows it here.
        Place an order or reset a password on the storefront to see one arrive.
      </Text>
    )}
  </div>
)

/** The local mail catcher: emails the `local` provider captured, in an inbox layout. */
const MailboxPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const q = searchParams.get("q") ?? ""
  const offset = Math.max(0, Number(searchParams.get("offset")) || 0)

  const { data, isLoading, isFetching, error, refetch } = useNotificationLogs(
    { channel: "email", provider: "local", q, limit: PAGE_SIZE, offset },
    // a mail catcher should feel live
    { refetchInterval: 10_000 }
  )
  const logs = data?.notification_logs ?? []
  const count = data?.count ?? 0
  const selectedId = searchParams.get("id") ?? logs[0]?.id ?? null

  const set = (changes: Record<string, string>) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        return next
      },
      { replace: true }
    )

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>Mailbox</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Emails captured by the local provider instead of being delivered.
          </Text>
        </div>
        <IconButton
          size="small"
          variant="transparent"
          aria-label="Refresh"
          onClick={() => refetch()}
          disabled={isFetching}
        >
          <ArrowPath className={isFetching ? "animate-spin" : undefined} />
        </IconButton>
      </div>
      <div className="grid min-h-[560px] grid-cols-1 md:grid-cols-[340px_1fr] md:divide-x">
        <div className="flex min-w-0 flex-col">
          <div className="border-ui-border-base border-b p-3">
            <DebouncedInput
              size="small"
              type="search"
              placeholder="Search subject, text, recipient"
              aria-label="Search mailbox"
              value={q}
              onChange={(value) => set({ q: value, offset: "", id: "" })}
              data-testid="mailbox-search"
            />
          </div>
          {error ? (
            <Text size="small" className="text-ui-fg-error p-4">
              Could not load the mailbox: {error.message}
            </Text>
          ) : isLoading ? (
            <ListSkeleton />
          ) : logs.length === 0 ? (
            <EmptyMailbox searching={!!q} />
          ) : (
            <>
              <div className="max-h-[calc(100vh-260px)] overflow-y-auto" data-testid="mailbox-list">
                {logs.map((log) => (
                  <MailboxItem
                    key={log.id}
                    log={log}
                    selected={log.id === selectedId}
                    onSelect={() => set({ id: log.id })}
                  />
                ))}
              </div>
              {count > PAGE_SIZE && (
                <div className="flex items-center justify-between px-4 py-3">
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {offset + 1}–{Math.min(offset + PAGE_SIZE, count)} of {count}
                  </Text>
                  <div className="flex gap-x-2">
                    <Button
                      size="small"
                      variant="secondary"
                      disabled={offset === 0}
                      onClick={() =>
                        set({ offset: String(Math.max(0, offset - PAGE_SIZE)), id: "" })
                      }
                    >
                      Newer
                    </Button>
                    <Button
                      size="small"
                      variant="secondary"
                      disabled={offset + PAGE_SIZE >= count}
                      onClick={() => set({ offset: String(offset + PAGE_SIZE), id: "" })}
                    >
                      Older
                    </Button>
                  </div>
                </div>
              )}
            </>
          )}
        </div>
        <div className="flex min-w-0 flex-col">
          {selectedId ? (
            <Reader id={selectedId} />
          ) : (
            !isLoading && (
              <div className="flex flex-1 items-center justify-center p-6">
                <Text size="small" className="text-ui-fg-muted">
                  {logs.length ? "Select an email to read it." : "Nothing to show yet."}
                </Text>
              </div>
            )
          )}
        </div>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Mailbox",
  icon: InboxSolid,
})

export default MailboxPage
