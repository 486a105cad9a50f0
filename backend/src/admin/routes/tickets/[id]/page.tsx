import { ArrowDownTray } from "@medusajs/icons"
import { Button, Container, Heading, Label, Select, Skeleton, Text, Textarea, toast } from "@medusajs/ui"
import { useRef, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { TicketPriorityBadge, TicketStatusBadge } from "../../../components/ticket-badges"
import { sdk } from "../../../lib/sdk"
import {
  STATUS_LABELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  formatDateTime,
  formatSize,
  personName,
  useAdminUsers,
  useMe,
  useTicket,
  useTicketAction,
  useTicketUpload,
  type Ticket,
  type TicketAttachment,
  type TicketMessage,
  type TicketPriority,
  type TicketStatus,
} from "../../../lib/tickets"

const UNASSIGNED = "__none"

/** Downloads through the admin route (session cookie), saved under the attachment's name. */
async function download(attachment: TicketAttachment) {
  const base = (sdk.client as unknown as { config?: { baseUrl?: string } }).config?.baseUrl ?? "/"
  const res = await fetch(new URL(attachment.url, new URL(base, window.location.origin)).toString(), { credentials: "include" })
  if (!res.ok) {
    toast.error(`Could not download ${attachment.name}`)
    return
  }
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement("a")
  a.href = url
  a.download = attachment.name
  a.click()
  URL.revokeObjectURL(url)
}

const Attachments = ({ attachments }: { attachments: TicketAttachment[] }) =>
  attachments.length ? (
    <div className="mt-2 flex flex-wrap gap-2">
      {attachments.map((a) => (
        <Button key={a.file_id} size="small" variant="secondary" onClick={() => download(a)} data-testid="ticket-attachment">
          <ArrowDownTray /> {a.name} <span className="text-ui-fg-muted">({formatSize(a.size)})</span>
        </Button>
      ))}
    </div>
  ) : null

const Message = ({ message, ticket }: { message: TicketMessage; ticket: Ticket }) => {
  if (message.author_type === "system") {
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-2 text-center italic" data-testid="ticket-system-message">
        {message.body} · {formatDateTime(message.created_at)}
      </Text>
    )
  }
  const fromCustomer = message.author_type === "customer"
  return (
    <div className={`flex px-6 py-2 ${fromCustomer ? "justify-start" : "justify-end"}`} data-testid="ticket-message">
      <div className={`max-w-[75%] rounded-lg border px-4 py-3 ${fromCustomer ? "bg-ui-bg-subtle" : "bg-ui-bg-interactive/10 border-ui-border-interactive"}`}>
        <Text size="xsmall" className="text-ui-fg-muted mb-1">
          {fromCustomer ? personName(ticket.customer) : "Support team"} · {formatDateTime(message.created_at)}
        </Text>
        {message.body && <Text size="small" className="whitespace-pre-wrap">{message.body}</Text>}
        <Attachments attachments={message.attachments} />
      </div>
    </div>
  )
}

/** One ticket: the customer thread, internal notes (visibly apart), and what an agent does with it. */
const TicketDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, error } = useTicket(id)
  const { data: me } = useMe()
  const { data: users } = useAdminUsers()
  const action = useTicketAction(id)
  const upload = useTicketUpload(id)
  const [reply, setReply] = useState("")
  const [note, setNote] = useState("")
  const [files, setFiles] = useState<File[]>([])
  const fileInput = useRef<HTMLInputElement>(null)

  if (error) {
    return <Container><Text className="text-ui-fg-error">Could not load the ticket: {error.message}</Text></Container>
  }
  if (isLoading || !data) {
    return <Container><Skeleton className="h-32 w-full" /></Container>
  }
  const ticket = data.ticket
  const run = (a: Parameters<typeof action.mutate>[0], done?: () => void, ok = "Saved") =>
    action.mutate(a, {
      onSuccess: () => {
        toast.success(ok)
        done?.()
      },
      onError: (e) => toast.error(e.message),
    })
  const sendReply = () => {
    if (files.length) {
      upload.mutate(
        { files, body: reply.trim() || undefined },
        {
          onSuccess: () => {
            toast.success("Reply sent")
            setReply("")
            setFiles([])
            if (fileInput.current) fileInput.current.value = ""
          },
          onError: (e) => toast.error(e.message),
        }
      )
    } else {
      run({ action: "replies", body: { body: reply } }, () => setReply(""), "Reply sent")
    }
  }

  return (
    <div className="flex flex-col gap-y-3 lg:flex-row lg:gap-x-3" data-testid="ticket-detail">
      <div className="flex flex-1 flex-col gap-y-3">
        <Container className="divide-y p-0">
          <div className="flex items-start justify-between gap-x-4 px-6 py-4">
            <div>
              <Text size="small" className="text-ui-fg-muted font-mono">{ticket.number}</Text>
              <Heading level="h1">{ticket.subject}</Heading>
            </div>
            <div className="flex gap-x-2">
              <TicketStatusBadge status={ticket.status} />
              <TicketPriorityBadge priority={ticket.priority} />
            </div>
          </div>
          <div className="py-2" data-testid="ticket-thread">
            {(ticket.messages ?? []).map((m) => (
              <Message key={m.id} message={m} ticket={ticket} />
            ))}
          </div>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Label htmlFor="ticket-reply">Reply to the customer</Label>
            <Textarea id="ticket-reply" value={reply} onChange={(e) => setReply(e.target.value)} placeholder="The customer is emailed your reply." data-testid="ticket-reply-input" />
            <div className="flex items-center justify-between gap-x-2">
              <input
                ref={fileInput}
                type="file"
                multiple
                accept="image/png,image/jpeg,image/gif,application/pdf,text/plain,.log"
                onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
                data-testid="ticket-reply-files"
                className="txt-compact-small"
              />
              <Button size="small" onClick={sendReply} isLoading={action.isPending || upload.isPending} disabled={!reply.trim() && !files.length} data-testid="ticket-reply-send">
                Send reply
              </Button>
            </div>
            <Text size="xsmall" className="text-ui-fg-muted">PNG, JPEG, GIF, PDF or text, up to 5 MB each.</Text>
          </div>
        </Container>

        <Container className="divide-y p-0 border-ui-tag-orange-border bg-ui-tag-orange-bg/30" data-testid="ticket-notes">
          <div className="px-6 py-4">
            <Heading level="h2">Internal notes</Heading>
            <Text size="small" className="text-ui-fg-subtle">Only admins see these; the customer never does.</Text>
          </div>
          {(ticket.notes ?? []).map((n) => (
            <div key={n.id} className="px-6 py-3" data-testid="ticket-note">
              <Text size="xsmall" className="text-ui-fg-muted">
                {personName(users?.users.find((u) => u.id === n.author_id)) || n.author_id} · {formatDateTime(n.created_at)}
              </Text>
              <Text size="small" className="whitespace-pre-wrap">{n.body}</Text>
            </div>
          ))}
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Textarea value={note} onChange={(e) => setNote(e.target.value)} placeholder="Add an internal note" data-testid="ticket-note-input" />
            <div className="flex justify-end">
              <Button size="small" variant="secondary" disabled={!note.trim()} isLoading={action.isPending} onClick={() => run({ action: "notes", body: { body: note } }, () => setNote(""), "Note added")} data-testid="ticket-note-add">
                Add note
              </Button>
            </div>
          </div>
        </Container>
      </div>

      <div className="flex w-full flex-col gap-y-3 lg:max-w-[340px]">
        <Container className="flex flex-col gap-y-4">
          <div>
            <Label size="small">Customer</Label>
            <Text size="small">
              <Link className="text-ui-fg-interactive" to={`/customers/${ticket.customer_id}`}>{personName(ticket.customer)}</Link>
            </Text>
            <Text size="xsmall" className="text-ui-fg-muted">{ticket.customer?.email}</Text>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small">Assignee</Label>
            <Select
              size="small"
              value={ticket.assignee_id ?? UNASSIGNED}
              onValueChange={(v) => run({ action: "assign", body: { assignee_id: v === UNASSIGNED ? null : v } }, undefined, "Assignee changed")}
            >
              <Select.Trigger data-testid="ticket-assignee"><Select.Value /></Select.Trigger>
              <Select.Content>
                <Select.Item value={UNASSIGNED}>Unassigned</Select.Item>
                {(users?.users ?? []).map((u) => (
                  <Select.Item key={u.id} value={u.id}>{personName(u)}</Select.Item>
                ))}
              </Select.Content>
            </Select>
            {me && ticket.assignee_id !== me.user.id && (
              <Button size="small" variant="transparent" onClick={() => run({ action: "assign", body: { assignee_id: me.user.id } }, undefined, "Assigned to you")} data-testid="ticket-assign-me">
                Assign to me
              </Button>
            )}
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small">Priority</Label>
            <Select size="small" value={ticket.priority} onValueChange={(v) => run({ action: "priority", body: { priority: v as TicketPriority } }, undefined, "Priority changed")}>
              <Select.Trigger data-testid="ticket-priority-select"><Select.Value /></Select.Trigger>
              <Select.Content>
                {TICKET_PRIORITIES.map((p) => <Select.Item key={p} value={p}>{p[0].toUpperCase() + p.slice(1)}</Select.Item>)}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small">Status</Label>
            <Select size="small" value={ticket.status} onValueChange={(v) => run({ action: "status", body: { status: v as TicketStatus } }, undefined, "Status changed; the customer was emailed")}>
              <Select.Trigger data-testid="ticket-status-select"><Select.Value /></Select.Trigger>
              <Select.Content>
                {TICKET_STATUSES.map((s) => <Select.Item key={s} value={s}>{STATUS_LABELS[s]}</Select.Item>)}
              </Select.Content>
            </Select>
          </div>
          <div className="grid grid-cols-2 gap-2">
            <div><Label size="small">Category</Label><Text size="small" className="capitalize">{ticket.category}</Text></div>
            <div><Label size="small">Source</Label><Text size="small" className="capitalize">{ticket.source}</Text></div>
            <div><Label size="small">Opened</Label><Text size="small">{formatDateTime(ticket.created_at)}</Text></div>
            <div><Label size="small">Closed</Label><Text size="small">{formatDateTime(ticket.closed_at)}</Text></div>
          </div>
          {ticket.rating !== null && (
            <div data-testid="ticket-rating">
              <Label size="small">Customer rating</Label>
              <Text size="small">{"★".repeat(ticket.rating)}{"☆".repeat(5 - ticket.rating)} {ticket.rating_comment}</Text>
            </div>
          )}
        </Container>
      </div>
    </div>
  )
}

export default TicketDetailPage
