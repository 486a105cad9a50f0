import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import { listTickets } from "@lib/data/tickets"
import SupportTemplate from "@modules/support/templates/support-template"

export const metadata: Metadata = { title: "Support", description: "Your CloudServices support requests." }

const PER_PAGE = 20

export default async function SupportPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ page?: string }>
}) {
  const { countryCode } = await params
  const { page: rawPage } = await searchParams
  const page = Math.max(1, Number.parseInt(rawPage ?? "1", 10) || 1)
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect(`/${countryCode}/account/login?next=${encodeURIComponent(`/${countryCode}/account/support`)}`)
  }
  const { tickets, count } = await listTickets({ limit: PER_PAGE, offset: (page - 1) * PER_PAGE })
  return <SupportTemplate countryCode={countryCode} tickets={tickets} count={count} page={page} perPage={PER_PAGE} />
}
