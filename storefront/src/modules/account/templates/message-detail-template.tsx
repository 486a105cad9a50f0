import Link from "next/link"
import type { StoreNotificationDetail } from "@lib/data/notifications"
import { formatDateTime } from "@lib/util/dates"
import MessageBody from "@modules/account/components/message-body"
import { MessageStatusBadge } from "@modules/account/components/message-status"
import AccountLayout from "@modules/account/templates/account-layout"

export default function MessageDetailTemplate({
  message,
  countryCode,
}: {
  message: StoreNotificationDetail
  countryCode: string
}) {
  const isSms = message.channel === "sms"
  const sentAt = message.sent_at ?? message.created_at

  return (
    <AccountLayout
      countryCode={countryCode}
      title={isSms ? "Text message" : message.subject || "(no subject)"}
      titleTestId={isSms ? undefined : "message-subject"}
    >
      <Link
        href={`/${countryCode}/account/messages?channel=${message.channel}`}
        className="text-sm font-semibold text-accent-700 hover:text-accent-800"
      >
        ← All {isSms ? "text messages" : "emails"}
      </Link>
      <div className="card mt-4 p-5">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-500">To</dt>
            <dd className="break-all font-medium text-slate-800">{message.to}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{message.sent_at ? "Sent" : "Created"}</dt>
            <dd className="font-medium text-slate-800">
              <time dateTime={sentAt}>{formatDateTime(sentAt, countryCode)}</time>
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Status</dt>
            <dd className="mt-0.5">
              <MessageStatusBadge status={message.status} />
            </dd>
          </div>
        </dl>
      </div>
      <div className="mt-4">
        <MessageBody message={message} />
      </div>
    </AccountLayout>
  )
}
