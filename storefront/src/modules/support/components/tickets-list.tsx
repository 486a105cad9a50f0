import Link from "next/link"
import type { StoreTicket } from "@lib/data/tickets"
import TicketStatus from "./ticket-status"

const date = (value: string | null) =>
  value ? new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" }).format(new Date(value)) : "—"

export default function TicketsList({ tickets, countryCode }: { tickets: StoreTicket[]; countryCode: string }) {
  return (
    <ul className="card divide-y divide-slate-100" data-testid="tickets-list">
      {tickets.map((t) => (
        <li key={t.id}>
          <Link href={`/${countryCode}/account/support/${t.id}`} className="flex items-center justify-between gap-4 p-4 hover:bg-slate-50" data-testid="ticket-row">
            <div className="min-w-0">
              <p className="font-mono text-xs text-slate-500">{t.number}</p>
              <p className="truncate font-semibold text-navy-900">{t.subject}</p>
              <p className="text-xs text-slate-500">Last activity {date(t.last_message_at)}</p>
            </div>
            <TicketStatus status={t.status} />
          </Link>
        </li>
      ))}
    </ul>
  )
}
