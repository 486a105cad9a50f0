import type { TicketStatus as Status } from "@lib/data/tickets"

const LABELS: Record<Status, string> = {
  open: "Open",
  pending: "Awaiting your reply",
  on_hold: "On hold",
  resolved: "Resolved",
  closed: "Closed",
}
const STYLES: Record<Status, string> = {
  open: "bg-accent-50 text-accent-800",
  pending: "bg-amber-50 text-amber-800",
  on_hold: "bg-slate-100 text-slate-700",
  resolved: "bg-green-50 text-green-800",
  closed: "bg-slate-100 text-slate-600",
}

export default function TicketStatus({ status }: { status: Status }) {
  return (
    <span data-testid="ticket-status" className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}>
      {LABELS[status]}
    </span>
  )
}
