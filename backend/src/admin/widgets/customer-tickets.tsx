import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, DataTable, Heading, Text, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { NewTicketDrawer } from "../components/new-ticket-drawer"
import { CUSTOMER_TICKET_COLUMNS } from "../components/ticket-columns"
import { rowData } from "../lib/data-table"
import { TICKET_PATH, useTickets, type Ticket } from "../lib/tickets"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

/** The customer's support tickets, each opening its detail page, and "New ticket" for them. */
const CustomerTicketsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const { data, isLoading, error } = useTickets({ customer_id: customer.id, limit: 20, offset: 0 })
  const tickets = data?.tickets ?? []
  const count = data?.count ?? 0
  const table = useDataTable<Ticket>({
    data: tickets,
    columns: CUSTOMER_TICKET_COLUMNS,
    getRowId: (t) => t.id,
    rowCount: count,
    isLoading,
    onRowClick: (_, row) => navigate(TICKET_PATH(rowData(row).id)),
  })
  return (
    <Container className="divide-y p-0" data-testid="customer-tickets-widget">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-6 py-4">
        <div>
          <Heading level="h2">Support tickets</Heading>
          <Text size="small" className="text-ui-fg-subtle">Requests this customer opened (or that were opened for them).</Text>
        </div>
        <div className="flex items-center gap-x-2">
          {count > 0 && <Badge size="2xsmall" color="grey">{count}</Badge>}
          {count > tickets.length && <Link className={linkClass} to={`/tickets?customer_id=${customer.id}`}>View all</Link>}
          <Button size="small" variant="secondary" onClick={() => setCreating(true)} data-testid="customer-new-ticket">
            New ticket
          </Button>
        </div>
      </div>
      <NewTicketDrawer
        open={creating}
        onOpenChange={setCreating}
        customer={{ id: customer.id, email: customer.email, first_name: customer.first_name ?? null, last_name: customer.last_name ?? null }}
      />
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">Could not load tickets: {error.message}</Text>
      ) : (
        <DataTable instance={table}>
          <DataTable.Table
            emptyState={{
              empty: {
                custom: (
                  <Text size="small" className="text-ui-fg-subtle" data-testid="customer-tickets-empty">
                    This customer has no tickets.
                  </Text>
                ),
              },
            }}
          />
        </DataTable>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerTicketsWidget
