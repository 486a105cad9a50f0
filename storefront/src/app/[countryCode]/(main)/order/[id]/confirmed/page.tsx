import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLoggedIn } from "@lib/data/cookies"
import { retrieveOrder, retrieveOrderPayment } from "@lib/data/orders"
import OrderConfirmedTemplate from "@modules/checkout/templates/order-confirmed-template"

export const metadata: Metadata = {
  title: "Order confirmed",
  description: "Your CloudServices order has been placed.",
  robots: { index: false },
}

export default async function OrderConfirmedPage({
  params,
}: {
  params: Promise<{ countryCode: string; id: string }>
}) {
  const { countryCode, id } = await params
  const [order, payment, loggedIn] = await Promise.all([retrieveOrder(id), retrieveOrderPayment(id), isLoggedIn()])
  if (!order) {
    notFound()
  }
  return <OrderConfirmedTemplate order={order} payment={payment} countryCode={countryCode} loggedIn={loggedIn} />
}
