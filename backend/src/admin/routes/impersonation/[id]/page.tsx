import { Badge, Button, Container, Heading, Skeleton, Text, Textarea, toast, Tooltip } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { Link, useParams, type LoaderFunctionArgs, type UIMatch } from "react-router-dom"
import { ActionPrompt } from "../../../components/action-prompt"
import { ImpersonationStatusBadge } from "../../../components/impersonation-status-badge"
import { formatDateTime } from "../../../lib/format"
import {
  ENDED_BY_LABELS,
  formatDuration,
  personName,
  timeLeft,
  useAddImpersonationNote,
  useEndImpersonation,
  useImpersonation,
  type ImpersonationDetail,
  type ImpersonationEvent,
} from "../../../lib/impersonation"
import { sdk } from "../../../lib/sdk"

const NOTE_MAX = 5000

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

const Row = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-3" data-testid={testId}>
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base min-w-0 break-words">{children}</div>
  </div>
)

const EndButton = ({ session }: { session: ImpersonationDetail }) => {
  const [open, setOpen] = useState(false)
  const end = useEndImpersonation(session.id)
  return (
    <>
      <Button size="small" variant="danger" onClick={() => setOpen(true)} data-testid="impersonation-end">
        End session
      </Button>
      <ActionPrompt
        open={open}
        onOpenChange={setOpen}
        title="End this session?"
        description="The storefront tab stops working at its next page: the token is refused from now on."
        confirmLabel="End session"
        variant="danger"
        canConfirm
        isPending={end.isPending}
        onConfirm={() =>
          end.mutate(undefined, {
            onSuccess: () => {
              toast.success("Session ended")
              setOpen(false)
            },
            onError: (error) => toast.error(error.message),
          })
        }
        testId="impersonation-end"
      />
    </>
  )
}

const General = ({ session }: { session: ImpersonationDetail }) => (
  <Container className="divide-y p-0">
    <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <div className="flex items-center gap-x-2">
          <Heading>Viewing as {personName(session.customer, session.customer_id)}</Heading>
          <ImpersonationStatusBadge status={session.status} />
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {session.status === "active"
            ? `Read-only storefront session · ${timeLeft(session)}`
            : (ENDED_BY_LABELS[session.ended_by ?? ""] ?? "Ended")}
        </Text>
      </div>
      {session.status === "active" && <EndButton session={session} />}
    </div>
    <Row label="Customer">
      <Link to={`/customers/${session.customer_id}`} className={linkClass}>
        {session.customer?.email ?? session.customer_id}
      </Link>
    </Row>
    <Row label="Admin">
      {personName(session.user, session.user_id)}
      {session.user?.email && <span className="text-ui-fg-subtle"> · {session.user.email}</span>}
    </Row>
    <Row label="Reason" testId="impersonation-reason">
      <span className="whitespace-pre-wrap">{session.reason}</span>
    </Row>
    <Row label="Started">{formatDateTime(session.started_at)}</Row>
    <Row label={session.status === "active" ? "Expires" : "Ended"}>
      {formatDateTime(session.status === "active" ? session.expires_at : session.ended_at)}
    </Row>
    <Row label="Duration" testId="impersonation-duration">
      {session.status === "active" ? "—" : formatDuration(session.duration_seconds)}
    </Row>
    <Row label="From">
      {session.ip ?? "—"}
      {session.user_agent && (
        <Tooltip content={session.user_agent}>
          <span className="text-ui-fg-subtle block truncate">{session.user_agent}</span>
        </Tooltip>
      )}
    </Row>
  </Container>
)

const statusColor = (code: number | null) =>
  code == null ? "grey" : code >= 500 ? "red" : code === 403 || code === 401 ? "orange" : code >= 400 ? "red" : "green"

const EventLine = ({ event }: { event: ImpersonationEvent }) =>
  event.kind === "page_view" ? (
    <div className="flex min-w-0 items-center gap-x-2">
      <Badge size="2xsmall" color="blue">
        Page
      </Badge>
      <Text size="small" weight="plus" className="truncate" data-testid="impersonation-page-view">
        {event.path}
      </Text>
    </div>
  ) : (
    <div className="flex min-w-0 items-center gap-x-2">
      <Badge size="2xsmall" color={statusColor(event.status_code)}>
        {event.status_code ?? "—"}
      </Badge>
      <Text size="small" className="text-ui-fg-subtle truncate font-mono">
        {event.method} {event.path}
      </Text>
    </div>
  )

const Timeline = ({ session }: { session: ImpersonationDetail }) => {
  const [onlyPages, setOnlyPages] = useState(false)
  const pages = session.events.filter((e) => e.kind === "page_view").length
  const refused = session.events.filter((e) => e.kind === "request" && e.status_code === 403).length
  const shown = onlyPages ? session.events.filter((e) => e.kind === "page_view") : session.events
  return (
    <Container className="divide-y p-0" data-testid="impersonation-timeline">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Timeline</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {pages} page{pages === 1 ? "" : "s"} viewed · {session.events.length} API request
            {session.events.length === 1 ? "" : "s"}
            {refused ? ` · ${refused} write${refused === 1 ? "" : "s"} refused` : ""}
          </Text>
        </div>
        <Button size="small" variant="transparent" onClick={() => setOnlyPages(!onlyPages)}>
          {onlyPages ? "Show API requests" : "Pages only"}
        </Button>
      </div>
      {shown.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Nothing viewed yet.
        </Text>
      ) : (
        <ol className="max-h-[640px] overflow-y-auto px-6 py-2">
          {shown.map((event) => (
            <li
              key={event.id}
              className="flex items-center justify-between gap-x-3 py-1.5"
              data-testid="impersonation-event"
              data-kind={event.kind}
            >
              <EventLine event={event} />
              <Text size="xsmall" className="text-ui-fg-muted shrink-0">
                {new Date(event.at).toLocaleTimeString()}
              </Text>
            </li>
          ))}
        </ol>
      )}
    </Container>
  )
}

const Notes = ({ session }: { session: ImpersonationDetail }) => {
  const [text, setText] = useState("")
  const add = useAddImpersonationNote(session.id)
  const submit = () =>
    add.mutate(text.trim(), {
      onSuccess: () => {
        setText("")
        toast.success("Note added")
      },
      onError: (error) => toast.error(error.message),
    })
  return (
    <Container className="divide-y p-0" data-testid="impersonation-notes">
      <div className="px-6 py-4">
        <Heading level="h2">Notes</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          What you found while looking, for the next person who helps this customer.
        </Text>
      </div>
      {session.notes.map((note) => (
        <div key={note.id} className="flex flex-col gap-y-1 px-6 py-3" data-testid="impersonation-note">
          <Text size="small" className="whitespace-pre-wrap">
            {note.text}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {personName(note.author, note.author_id ?? "Admin")} · {formatDateTime(note.at)}
          </Text>
        </div>
      ))}
      <form
        className="flex flex-col gap-y-2 px-6 py-4"
        onSubmit={(e) => {
          e.preventDefault()
          if (text.trim() && !add.isPending) submit()
        }}
      >
        <Textarea
          rows={3}
          maxLength={NOTE_MAX}
          placeholder="e.g. The invoice link is hidden below the fold on mobile"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label="New note"
          data-testid="impersonation-note-input"
        />
        <div className="flex justify-end">
          <Button size="small" type="submit" variant="secondary" disabled={!text.trim()} isLoading={add.isPending} data-testid="impersonation-note-submit">
            Add note
          </Button>
        </div>
      </form>
    </Container>
  )
}

const ImpersonationDetailPage = () => {
  const { id } = useParams()
  const { data: session, isLoading, error } = useImpersonation(id!)

  if (isLoading) {
    return (
      <Container className="flex flex-col gap-y-3 p-6">
        <Skeleton className="h-7 w-48" />
        {Array.from({ length: 6 }).map((_, i) => (
          <Skeleton key={i} className="h-4 w-full max-w-[420px]" />
        ))}
      </Container>
    )
  }

  if (error || !session) {
    return (
      <Container className="px-6 py-8">
        <Heading>Session not found</Heading>
        <Text size="small" className="text-ui-fg-subtle mt-1">
          {error?.message ?? "This session does not exist."}{" "}
          <Link to="/impersonation" className={linkClass}>
            Back to impersonation
          </Link>
        </Text>
      </Container>
    )
  }

  return (
    <div className="flex w-full flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start" data-testid="impersonation-detail">
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <General session={session} />
        <Notes session={session} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[480px]">
        <Timeline session={session} />
      </div>
    </div>
  )
}

type LoaderData = { session: ImpersonationDetail } | null

/** Fetches the customer's name for the breadcrumb; the page itself refetches through react-query. */
export const loader = async ({ params }: LoaderFunctionArgs): Promise<LoaderData> => {
  try {
    return await sdk.client.fetch<{ session: ImpersonationDetail }>(`/admin/impersonation/${params.id}`)
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: UIMatch<LoaderData>) =>
    match.data?.session ? personName(match.data.session.customer, match.data.session.customer_id) : "Session",
}

export default ImpersonationDetailPage
