import Link from "next/link"
import type { StoreTicket } from "@lib/data/tickets"
import AccountLayout from "@modules/account/templates/account-layout"
import TicketActions from "../components/ticket-actions"
import TicketReplyForm from "../components/ticket-reply-form"
import TicketStatus from "../components/ticket-status"
import TicketThread from "../components/ticket-thread"

export default function TicketDetailTemplate({ ticket, countryCode }: { ticket: StoreTicket; countryCode: string }) {
  return (
    <AccountLayout countryCode={countryCode} title={ticket.subject} titleTestId="ticket-subject-title">
      <div className="mb-6 flex flex-wrap items-center gap-3 text-sm text-slate-600">
        <Link href={`/${countryCode}/account/support`} className="text-accent-700">← All requests</Link>
        <span className="font-mono" data-testid="ticket-number">{ticket.number}</span>
        <TicketStatus status={ticket.status} />
        <span className="capitalize">{ticket.category}</span>
      </div>
      <TicketThread ticket={ticket} countryCode={countryCode} />
      <div className="mt-6 space-y-4">
        {ticket.status === "closed" ? (
          <p className="card p-4 text-sm text-slate-600" data-testid="ticket-closed-note">
            This ticket is closed. <Link href={`/${countryCode}/account/support/new`} className="font-semibold text-accent-700">Open a new request</Link> if you need more help.
          </p>
        ) : (
          <TicketReplyForm ticketId={ticket.id} countryCode={countryCode} />
        )}
        <TicketActions ticket={ticket} countryCode={countryCode} />
      </div>
    </AccountLayout>
  )
}
