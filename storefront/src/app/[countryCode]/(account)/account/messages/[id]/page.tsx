import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import { retrieveNotification } from "@lib/data/notifications"
import MessageDetailTemplate from "@modules/account/templates/message-detail-template"

export const metadata: Metadata = {
  title: "Message",
  description: "An email or text message CloudServices sent you.",
}

export default async function MessageDetailPage({
  params,
}: {
  params: Promise<{ countryCode: string; id: string }>
}) {
  const { countryCode, id } = await params
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect(
      `/${countryCode}/account/login?next=${encodeURIComponent(`/${countryCode}/account/messages/${id}`)}`
    )
  }
  // Another customer's message is not found (the backend answers 404).
  const message = await retrieveNotification(id)
  if (!message) {
    notFound()
  }
  return <MessageDetailTemplate message={message} countryCode={countryCode} />
}
