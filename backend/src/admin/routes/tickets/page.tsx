import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { DebouncedInput } from "../../components/debounced-input"
import { FilterSelect } from "../../components/filter-select"
import { NewTicketDrawer } from "../../components/new-ticket-drawer"
import { TicketPriorityBadge, TicketStatusBadge } from "../../components/ticket-badges"
import {
  STATUS_LABELS,
  TICKET_PATH,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKETS_PAGE_SIZE as PAGE_SIZE,
  formatDateTime,
  personName,
  useMe,
  useTickets,
} from "../../lib/tickets"

type Param = "status" | "priority" | "assignee_id" | "customer_id" | "q" | "offset"

/** Every support ticket, newest activity first, filterable by state, owner and words. */
const TicketsPage = () => {
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const [searchParams, setSearchParams] = useSearchParams()
  const param = (name: Param) => searchParams.get(name) ?? ""
  const setFilter = (name: Param, value: string) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        if (value) next.set(name, value)
        else next.delete(name)
        if (name !== "offset") next.delete("offset")
        return next
      },
      { replace: true }
    )
  const offset = Math.max(0, Number(param("offset")) || 0)
  const { data: me } = useMe()
  const { data, isLoading, error } = useTickets({
    status: param("status"),
    priority: param("priority"),
    assignee_id: param("assignee_id"),
    customer_id: param("customer_id"),
    q: param("q"),
    limit: PAGE_SIZE,
    offset,
  })
  const tickets = data?.tickets ?? []
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0" data-testid="tickets-page">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h1">Tickets</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Customer support requests: answer, assign and resolve them.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setCreating(true)} data-testid="tickets-new">
          New ticket
        </Button>
      </div>
      <NewTicketDrawer open={creating} onOpenChange={setCreating} />
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <DebouncedInput
          size="small"
          className="w-[240px]"
          placeholder="Search email, name, shopper ID, TKT-…, words"
          aria-label="Search tickets"
          data-testid="tickets-search"
          value={param("q")}
          onChange={(v) => setFilter("q", v)}
        />
        <FilterSelect
          value={param("status")}
          onChange={(v) => setFilter("status", v)}
          placeholder="All statuses"
          options={TICKET_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          testId="tickets-filter-status"
        />
        <FilterSelect
          value={param("priority")}
          onChange={(v) => setFilter("priority", v)}
          placeholder="All priorities"
          options={TICKET_PRIORITIES.map((p) => ({ value: p, label: p[0].toUpperCase() + p.slice(1) }))}
          testId="tickets-filter-priority"
        />
        <FilterSelect
          value={param("assignee_id")}
          onChange={(v) => setFilter("assignee_id", v)}
          placeholder="Anyone"
          options={[
            ...(me ? [{ value: me.user.id, label: "Assigned to me" }] : []),
            { value: "unassigned", label: "Unassigned" },
          ]}
          testId="tickets-filter-assignee"
        />
        {param("customer_id") && (
          <Button size="small" variant="secondary" onClick={() => setFilter("customer_id", "")}>
            Customer {param("customer_id")} ✕
          </Button>
        )}
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load tickets: {error.message}
        </Text>
      ) : !isLoading && tickets.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-6" data-testid="tickets-empty">
          No tickets match these filters.
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Ticket</Table.HeaderCell>
              <Table.HeaderCell>Subject</Table.HeaderCell>
              <Table.HeaderCell>Customer</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Priority</Table.HeaderCell>
              <Table.HeaderCell>Last activity</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {tickets.map((t) => (
              <Table.Row key={t.id} className="cursor-pointer" onClick={() => navigate(TICKET_PATH(t.id))} data-testid="ticket-row">
                <Table.Cell className="font-mono">{t.number}</Table.Cell>
                <Table.Cell className="max-w-[320px] truncate">{t.subject}</Table.Cell>
                <Table.Cell>{personName(t.customer)}</Table.Cell>
                <Table.Cell><TicketStatusBadge status={t.status} /></Table.Cell>
                <Table.Cell><TicketPriorityBadge priority={t.priority} /></Table.Cell>
                <Table.Cell>{formatDateTime(t.last_message_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={Math.floor(offset / PAGE_SIZE)}
        pageCount={Math.max(1, Math.ceil(count / PAGE_SIZE))}
        canPreviousPage={offset > 0}
        canNextPage={offset + PAGE_SIZE < count}
        previousPage={() => setFilter("offset", String(Math.max(0, offset - PAGE_SIZE)))}
        nextPage={() => setFilter("offset", String(offset + PAGE_SIZE))}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Tickets", icon: ChatBubbleLeftRight })

export default TicketsPage
