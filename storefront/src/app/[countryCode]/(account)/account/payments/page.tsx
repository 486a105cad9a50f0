import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import { listPayments } from "@lib/data/payments"
import PaymentsTemplate from "@modules/account/templates/payments-template"

export const metadata: Metadata = {
  title: "Payments",
  description: "Your payments and refunds, with their orders and invoices.",
}

const PAYMENTS_PER_PAGE = 20

export default async function PaymentsPage({
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
    redirect(`/${countryCode}/account/login?next=${encodeURIComponent(`/${countryCode}/account/payments`)}`)
  }
  const { payments, count } = await listPayments({ limit: PAYMENTS_PER_PAGE, offset: (page - 1) * PAYMENTS_PER_PAGE })

  return (
    <PaymentsTemplate countryCode={countryCode} payments={payments} count={count} page={page} perPage={PAYMENTS_PER_PAGE} />
  )
}
