import type { NotificationChannel, StoreNotification } from "@lib/data/notifications"
import MessageChannelTabs from "@modules/account/components/message-channel-tabs"
import MessagesTable from "@modules/account/components/messages-table"
import AccountLayout from "@modules/account/templates/account-layout"
import Pagination from "@modules/catalog/components/pagination"

export default function MessagesTemplate({
  countryCode,
  channel,
  messages,
  count,
  page,
  perPage,
}: {
  countryCode: string
  channel: NotificationChannel
  messages: StoreNotification[]
  count: number
  page: number
  perPage: number
}) {
  const totalPages = Math.max(1, Math.ceil(count / perPage))
  return (
    <AccountLayout
      countryCode={countryCode}
      title="Messages"
      description="Every email and text message we sent you, newest first."
    >
      <MessageChannelTabs countryCode={countryCode} channel={channel} />
      <div className="mt-4">
        {messages.length > 0 ? (
          <MessagesTable messages={messages} channel={channel} countryCode={countryCode} />
        ) : (
          <div data-testid="messages-empty" className="card p-6 text-sm text-slate-600">
            {page > 1
              ? "There are no messages on this page."
              : channel === "sms"
                ? "We have not sent you any text messages yet."
                : "We have not sent you any emails yet."}
          </div>
        )}
      </div>
      <Pagination
        page={page}
        totalPages={totalPages}
        basePath={`/${countryCode}/account/messages`}
        params={{ channel }}
      />
    </AccountLayout>
  )
}
