import Link from "next/link"
import type { NotificationChannel } from "@lib/data/notifications"

const TABS: { channel: NotificationChannel; label: string }[] = [
  { channel: "email", label: "Email" },
  { channel: "sms", label: "SMS" },
]

/** Email / SMS switch; each tab is a link so the choice lives in the URL (?channel=). */
export default function MessageChannelTabs({
  countryCode,
  channel,
}: {
  countryCode: string
  channel: NotificationChannel
}) {
  return (
    <nav aria-label="Message type" className="border-b border-slate-200">
      <ul className="-mb-px flex gap-4">
        {TABS.map((tab) => {
          const active = tab.channel === channel
          return (
            <li key={tab.channel}>
              <Link
                href={`/${countryCode}/account/messages?channel=${tab.channel}`}
                aria-current={active ? "page" : undefined}
                data-testid={`messages-tab-${tab.channel}`}
                className={`inline-block border-b-2 px-1 pb-2 text-sm font-semibold ${
                  active
                    ? "border-accent-600 text-accent-800"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-800"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
