import { createDataTableColumnHelper } from "@medusajs/ui"
import { formatDateTime, personName, type Ticket } from "../lib/tickets"
import { TicketPriorityBadge, TicketStatusBadge } from "./ticket-badges"

const columnHelper = createDataTableColumnHelper<Ticket>()

const number = columnHelper.accessor("number", {
  header: "Ticket",
  cell: ({ getValue }) => <span className="font-mono">{getValue()}</span>,
})
const subject = columnHelper.accessor("subject", { header: "Subject", maxSize: 320 })
const customer = columnHelper.accessor("customer", {
  header: "Customer",
  cell: ({ getValue }) => personName(getValue()),
})
const status = columnHelper.accessor("status", {
  header: "Status",
  cell: ({ getValue }) => <TicketStatusBadge status={getValue()} />,
})
const priority = columnHelper.accessor("priority", {
  header: "Priority",
  cell: ({ getValue }) => <TicketPriorityBadge priority={getValue()} />,
})
const lastActivity = columnHelper.accessor("last_message_at", {
  header: "Last activity",
  cell: ({ getValue }) => formatDateTime(getValue()),
})

/** The ticket list's columns. */
export const TICKET_COLUMNS = [number, subject, customer, status, priority, lastActivity]

/** On a customer's page the customer goes without saying. */
export const CUSTOMER_TICKET_COLUMNS = [number, subject, status, priority, lastActivity]
