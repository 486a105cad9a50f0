import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import { listNotifications, type NotificationChannel } from "@lib/data/notifications"
import MessagesTemplate from "@modules/account/templates/messages-template"

export const metadata: Metadata = {
  title: "Messages",
  description: "The emails and text messages CloudServices sent you.",
}

const MESSAGES_PER_PAGE = 20

export default async function MessagesPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ channel?: string; page?: string }>
}) {
  const { countryCode } = await params
  const { channel: rawChannel, page: rawPage } = await searchParams
  const channel: NotificationChannel = rawChannel === "sms" ? "sms" : "email"
  const page = Math.max(1, Number.parseInt(rawPage ?? "1", 10) || 1)

  const customer = await retrieveCustomer()
  if (!customer) {
    redirect(
      `/${countryCode}/account/login?next=${encodeURIComponent(`/${countryCode}/account/messages?channel=${channel}`)}`
    )
  }
  const { notifications, count } = await listNotifications({
    channel,
    limit: MESSAGES_PER_PAGE,
    offset: (page - 1) * MESSAGES_PER_PAGE,
  })

  return (
    <MessagesTemplate
      countryCode={countryCode}
      channel={channel}
      messages={notifications}
      count={count}
      page={page}
      perPage={MESSAGES_PER_PAGE}
    />
  )
}
