import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import { listCreditNotes, retrieveOrder, retrieveOrderPayment } from "@lib/data/orders"
import OrderDetailTemplate from "@modules/account/templates/order-detail-template"

export const metadata: Metadata = {
  title: "Order details",
  description: "Items, totals and billing details of your order.",
}

export default async function OrderDetailPage({
  params,
}: {
  params: Promise<{ countryCode: string; id: string }>
}) {
  const { countryCode, id } = await params
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect(`/${countryCode}/account/login?next=/${countryCode}/account/orders/${id}`)
  }
  const order = await retrieveOrder(id)
  // Another customer's order (or a guest order) is not found, not forbidden.
  if (!order || order.customer_id !== customer.id) {
    notFound()
  }
  const [creditNotes, payment] = await Promise.all([listCreditNotes(order.id), retrieveOrderPayment(order.id)])
  return <OrderDetailTemplate order={order} countryCode={countryCode} payment={payment} creditNotes={creditNotes} />
}
