import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { getCartQuantity } from "@lib/data/cart"
import { retrieveCustomer } from "@lib/data/customer"
import { listPlanOptions, listSubscriptionEvents, retrieveSubscription } from "@lib/data/subscriptions"
import SubscriptionDetailTemplate from "@modules/account/templates/subscription-detail-template"

export const metadata: Metadata = {
  title: "Subscription",
  description: "One of your CloudServices hosting subscriptions.",
}

export default async function SubscriptionDetailPage({
  params,
}: {
  params: Promise<{ countryCode: string; id: string }>
}) {
  const { countryCode, id } = await params
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect(
      `/${countryCode}/account/login?next=${encodeURIComponent(`/${countryCode}/account/subscriptions/${id}`)}`
    )
  }
  // Another customer's subscription is not found (the backend answers 404).
  const [subscription, events, planOptions, cartItemCount] = await Promise.all([
    retrieveSubscription(id),
    listSubscriptionEvents(id),
    listPlanOptions(id),
    getCartQuantity(),
  ])
  if (!subscription) {
    notFound()
  }
  return (
    <SubscriptionDetailTemplate
      subscription={subscription}
      events={events}
      planOptions={planOptions}
      countryCode={countryCode}
      cartItemCount={cartItemCount}
    />
  )
}
