import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { NewTicketDrawer } from "../components/new-ticket-drawer"
import { TicketPriorityBadge, TicketStatusBadge } from "../components/ticket-badges"
import { TICKET_PATH, formatDateTime, useTickets } from "../lib/tickets"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover transition-fg txt-compact-small"

/** The customer's support tickets, each opening its detail page, and "New ticket" for them. */
const CustomerTicketsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const { data, isLoading, error } = useTickets({ customer_id: customer.id, limit: 20, offset: 0 })
  const tickets = data?.tickets ?? []
  const count = data?.count ?? 0
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
      ) : !isLoading && tickets.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-6" data-testid="customer-tickets-empty">This customer has no tickets.</Text>
      ) : (
        <Table>
          <Table.Body>
            {tickets.map((t) => (
              <Table.Row key={t.id} className="cursor-pointer" onClick={() => navigate(TICKET_PATH(t.id))}>
                <Table.Cell className="font-mono">{t.number}</Table.Cell>
                <Table.Cell className="max-w-[240px] truncate">{t.subject}</Table.Cell>
                <Table.Cell><TicketStatusBadge status={t.status} /></Table.Cell>
                <Table.Cell><TicketPriorityBadge priority={t.priority} /></Table.Cell>
                <Table.Cell>{formatDateTime(t.last_message_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerTicketsWidget
