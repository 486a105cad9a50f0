import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import { listSubscriptions } from "@lib/data/subscriptions"
import SubscriptionsTemplate from "@modules/account/templates/subscriptions-template"

export const metadata: Metadata = {
  title: "Subscriptions",
  description: "Your CloudServices hosting subscriptions.",
}

const SUBSCRIPTIONS_PER_PAGE = 20

export default async function SubscriptionsPage({
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
    redirect(
      `/${countryCode}/account/login?next=${encodeURIComponent(`/${countryCode}/account/subscriptions`)}`
    )
  }
  const { subscriptions, count } = await listSubscriptions({
    limit: SUBSCRIPTIONS_PER_PAGE,
    offset: (page - 1) * SUBSCRIPTIONS_PER_PAGE,
  })

  return (
    <SubscriptionsTemplate
      countryCode={countryCode}
      subscriptions={subscriptions}
      count={count}
      page={page}
      perPage={SUBSCRIPTIONS_PER_PAGE}
    />
  )
}
