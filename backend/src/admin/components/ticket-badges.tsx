import { Badge } from "@medusajs/ui"
import { PRIORITY_COLORS, STATUS_COLORS, STATUS_LABELS, type TicketPriority, type TicketStatus } from "../lib/tickets"

export const TicketStatusBadge = ({ status }: { status: TicketStatus }) => (
  <Badge size="2xsmall" color={STATUS_COLORS[status]} data-testid="ticket-status">
    {STATUS_LABELS[status]}
  </Badge>
)

export const TicketPriorityBadge = ({ priority }: { priority: TicketPriority }) => (
  <Badge size="2xsmall" color={PRIORITY_COLORS[priority]} className="capitalize" data-testid="ticket-priority">
    {priority}
  </Badge>
)
