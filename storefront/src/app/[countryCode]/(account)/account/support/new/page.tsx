import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import AccountLayout from "@modules/account/templates/account-layout"
import NewTicketForm from "@modules/support/components/new-ticket-form"

export const metadata: Metadata = { title: "New support request", description: "Ask the CloudServices team for help." }

export default async function NewTicketPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect(`/${countryCode}/account/login?next=${encodeURIComponent(`/${countryCode}/account/support/new`)}`)
  }
  return (
    <AccountLayout countryCode={countryCode} title="New support request" description="We reply by email and here, usually within a business day.">
      <NewTicketForm countryCode={countryCode} />
    </AccountLayout>
  )
}
