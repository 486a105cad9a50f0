import Link from "next/link"

/** Under an ended conversation: where it continues (a support ticket) and how to start anew. */
export default function ChatEndedNotice({
  countryCode,
  ticketId,
  onStartOver,
}: {
  countryCode: string
  ticketId?: string | null
  /** absent when read-only (an admin viewing as the customer) */
  onStartOver?: () => void
}) {
  return (
    <div className="mx-3 mb-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="chat-closed">
      {ticketId ? (
        <>
          We turned this conversation into a support ticket.{" "}
          <Link
            href={`/${countryCode}/account/support/${ticketId}`}
            className="font-semibold text-accent-700 underline"
            data-testid="chat-ticket-link"
          >
            Follow it in Support
          </Link>
          .
        </>
      ) : (
        "This conversation has ended."
      )}{" "}
      {onStartOver && (
        <button type="button" onClick={onStartOver} className="font-semibold text-accent-700 underline" data-testid="chat-start-over">
          Start a new conversation
        </button>
      )}
    </div>
  )
}
