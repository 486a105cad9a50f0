import Link from "next/link"
import type { NotificationChannel, StoreNotification } from "@lib/data/notifications"
import { formatDateTime } from "@lib/util/dates"
import { MessageStatusBadge } from "@modules/account/components/message-status"

/** The line a message is known by: an email's subject, an SMS's text. */
export function messageTitle(message: Pick<StoreNotification, "channel" | "subject" | "body_text">) {
  if (message.channel === "sms") {
    return message.body_text || "(empty message)"
  }
  return message.subject || "(no subject)"
}

export default function MessagesTable({
  messages,
  channel,
  countryCode,
}: {
  messages: StoreNotification[]
  channel: NotificationChannel
  countryCode: string
}) {
  return (
    <div className="card overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{channel === "sms" ? "Text messages" : "Emails"} sent to you</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wider text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">{channel === "sms" ? "Message" : "Subject"}</th>
            <th scope="col" className="px-4 py-3 font-semibold">To</th>
            <th scope="col" className="px-4 py-3 font-semibold">Date</th>
            <th scope="col" className="px-4 py-3 font-semibold">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {messages.map((message) => (
            <tr key={message.id} data-testid="message-row" className="hover:bg-slate-50">
              <th scope="row" className="max-w-md px-4 py-3 font-semibold">
                <Link
                  href={`/${countryCode}/account/messages/${message.id}`}
                  data-testid="message-subject"
                  className="line-clamp-2 rounded text-accent-700 hover:text-accent-800"
                >
                  {messageTitle(message)}
                </Link>
              </th>
              <td className="px-4 py-3 text-slate-700">{message.to}</td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-700">
                <time dateTime={message.created_at}>{formatDateTime(message.created_at, countryCode)}</time>
              </td>
              <td className="px-4 py-3">
                <MessageStatusBadge status={message.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
