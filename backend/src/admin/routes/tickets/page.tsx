import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Button, Container, DataTable, Heading, Text, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { DebouncedInput } from "../../components/debounced-input"
import { FilterSelect } from "../../components/filter-select"
import { NewTicketDrawer } from "../../components/new-ticket-drawer"
import { TaggedRows } from "../../components/tagged-rows"
import { TICKET_COLUMNS } from "../../components/ticket-columns"
import { useUrlParams } from "../../hooks/use-url-params"
import { rowData } from "../../lib/data-table"
import {
  STATUS_LABELS,
  TICKET_PATH,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKETS_PAGE_SIZE as PAGE_SIZE,
  useMe,
  useTickets,
  type Ticket,
} from "../../lib/tickets"

type Param = "status" | "priority" | "assignee_id" | "customer_id" | "q"

/** Every support ticket, newest activity first, filterable by state, owner and words. */
const TicketsPage = () => {
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const { param, setFilter, offset, pagination } = useUrlParams<Param>(PAGE_SIZE)
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
  const table = useDataTable<Ticket>({
    data: tickets,
    columns: TICKET_COLUMNS,
    getRowId: (t) => t.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination,
    onRowClick: (_, row) => navigate(TICKET_PATH(rowData(row).id)),
  })

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
      ) : (
        <TaggedRows testId="ticket-row" ids={tickets.map((t) => t.id)}>
          <DataTable instance={table}>
            <DataTable.Table
              emptyState={{
                empty: {
                  custom: (
                    <Text size="small" className="text-ui-fg-subtle" data-testid="tickets-empty">
                      No tickets match these filters.
                    </Text>
                  ),
                },
              }}
            />
            <DataTable.Pagination />
          </DataTable>
        </TaggedRows>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Tickets", icon: ChatBubbleLeftRight })

export default TicketsPage
