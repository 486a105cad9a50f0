import Link from "next/link"
import { getSupport } from "@lib/data/support"
import { liveChatOpen } from "@modules/chat/support-hours"

/** When people answer live chat and whether they do right now (GET /store/support), with the contact form beside it. */
export default async function LiveChatHours({ countryCode }: { countryCode: string }) {
  const support = await getSupport()
  const open = support.hours.text ? liveChatOpen(support.hours) : false
  return (
    <p className="mt-2" data-testid="help-live-chat-hours">
      {support.hours.text ? (
        <>
          Live chat with a person (signed-in customers): {support.hours.text}.{" "}
          <span className={open ? "font-medium text-emerald-700" : "text-slate-500"} data-testid="help-live-chat-open">
            {open ? "Open now." : "Closed right now."}
          </span>
        </>
      ) : (
        <>Support answers by ticket and email.</>
      )}{" "}
      Anyone can write through the{" "}
      <Link href={`/${countryCode}/contact`} className="text-accent-600 underline">
        contact form
      </Link>
      .
    </p>
  )
}
