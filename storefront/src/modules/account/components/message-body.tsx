import type { StoreNotificationDetail } from "@lib/data/notifications"

/**
 * An email's HTML in a fully sandboxed frame (no scripts, no same-origin
 * access, no forms, no navigation of the page), with the plain-text version
 * beside it; an SMS (or an email without HTML) as plain text.
 */
export default function MessageBody({ message }: { message: StoreNotificationDetail }) {
  const text = (
    <div className="whitespace-pre-wrap break-words p-5 text-sm leading-6 text-slate-800">
      {message.body_text || "This message has no text."}
    </div>
  )

  if (message.channel === "email" && message.body_html) {
    return (
      <div data-testid="message-body" className="space-y-4">
        <div className="card overflow-hidden">
          <iframe
            sandbox=""
            srcDoc={message.body_html}
            title={`Email: ${message.subject || "no subject"}`}
            className="block h-[40rem] w-full bg-white"
          />
        </div>
        <details className="card">
          <summary className="cursor-pointer px-5 py-3 text-sm font-semibold text-navy-900">
            Plain-text version
          </summary>
          <div className="border-t border-slate-100">{text}</div>
        </details>
      </div>
    )
  }

  return (
    <div data-testid="message-body" className="card">
      {text}
    </div>
  )
}
