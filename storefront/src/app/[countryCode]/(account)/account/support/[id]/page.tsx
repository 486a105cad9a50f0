import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import { retrieveTicket } from "@lib/data/tickets"
import TicketDetailTemplate from "@modules/support/templates/ticket-detail-template"

export const metadata: Metadata = { title: "Support request", description: "One of your CloudServices support requests." }

export default async function TicketPage({ params }: { params: Promise<{ countryCode: string; id: string }> }) {
  const { countryCode, id } = await params
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect(`/${countryCode}/account/login?next=${encodeURIComponent(`/${countryCode}/account/support/${id}`)}`)
  }
  // another customer's ticket is not found (the backend answers 404)
  const ticket = await retrieveTicket(id)
  if (!ticket) {
    notFound()
  }
  return <TicketDetailTemplate ticket={ticket} countryCode={countryCode} />
}
