import { getSupport } from "@lib/data/support"
import type { StoreTicket } from "@lib/data/tickets"
import { supportAuthor } from "@modules/chat/support-hours"

const date = (value: string) => new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" }).format(new Date(value))
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`)

/** The conversation: the customer's messages, our team's replies (under support's published name and avatar), and status lines. */
export default async function TicketThread({ ticket, countryCode }: { ticket: StoreTicket; countryCode: string }) {
  const support = await getSupport()
  const team = support.display_name ? supportAuthor(support) : "Support team"
  return (
    <ol className="space-y-3" data-testid="ticket-thread">
      {(ticket.messages ?? []).map((m) =>
        m.author_type === "system" ? (
          <li key={m.id} className="text-center text-xs italic text-slate-500" data-testid="ticket-system-message">
            {m.body} · {date(m.created_at)}
          </li>
        ) : (
          <li key={m.id} className={`flex ${m.author_type === "customer" ? "justify-end" : "justify-start"}`} data-testid="ticket-message">
            <div className={`max-w-[85%] rounded-lg border p-4 ${m.author_type === "customer" ? "border-accent-100 bg-accent-50" : "border-slate-200 bg-white"}`}>
              <p className="mb-1 flex items-center gap-1.5 text-xs text-slate-500">
                {m.author_type !== "customer" && support.avatar_url && (
                  // a plain <img>, not next/image: an admin-set URL on any host
                  <img src={support.avatar_url} alt="" className="h-5 w-5 rounded-full object-cover" data-testid="ticket-agent-avatar" />
                )}
                <span data-testid="ticket-message-author">{m.author_type === "customer" ? "You" : team}</span> · {date(m.created_at)}
              </p>
              {m.body && <p className="whitespace-pre-wrap text-sm text-slate-800">{m.body}</p>}
              {m.attachments.length > 0 && (
                <ul className="mt-2 space-y-1">
                  {m.attachments.map((a) => (
                    <li key={a.file_id}>
                      <a
                        href={`/${countryCode}/account/support/${ticket.id}/attachments/${encodeURIComponent(a.file_id)}`}
                        download={a.name}
                        className="text-sm font-medium text-accent-700 underline"
                        data-testid="ticket-attachment"
                      >
                        {a.name}
                      </a>{" "}
                      <span className="text-xs text-slate-500">({size(a.size)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        )
      )}
    </ol>
  )
}
