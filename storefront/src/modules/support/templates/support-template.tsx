import Link from "next/link"
import type { StoreTicket } from "@lib/data/tickets"
import AccountLayout from "@modules/account/templates/account-layout"
import Pagination from "@modules/catalog/components/pagination"
import TicketsList from "../components/tickets-list"

export default function SupportTemplate({
  countryCode,
  tickets,
  count,
  page,
  perPage,
}: {
  countryCode: string
  tickets: StoreTicket[]
  count: number
  page: number
  perPage: number
}) {
  return (
    <AccountLayout countryCode={countryCode} title="Support" description="Your requests to our team, latest activity first." titleTestId="support-title">
      <div className="mb-4 flex justify-end">
        <Link href={`/${countryCode}/account/support/new`} className="btn-primary" data-testid="new-ticket-link">
          New request
        </Link>
      </div>
      {tickets.length > 0 ? (
        <TicketsList tickets={tickets} countryCode={countryCode} />
      ) : (
        <div data-testid="tickets-empty" className="card p-6 text-sm text-slate-600">
          {page > 1 ? "There are no tickets on this page." : "You have not contacted support yet. Open a request and we will get back to you by email."}
        </div>
      )}
      <Pagination page={page} totalPages={Math.max(1, Math.ceil(count / perPage))} basePath={`/${countryCode}/account/support`} params={{}} />
    </AccountLayout>
  )
}
