"use client"

import { useState, useTransition } from "react"
import { closeTicket, rateTicket, type StoreTicket } from "@lib/data/tickets"

/** Close an open ticket; rate a resolved or closed one (1–5 stars and a comment). */
export default function TicketActions({ ticket, countryCode }: { ticket: StoreTicket; countryCode: string }) {
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)
  const [stars, setStars] = useState(ticket.rating ?? 0)
  const [comment, setComment] = useState(ticket.rating_comment ?? "")
  const canRate = ticket.status === "resolved" || ticket.status === "closed"

  return (
    <div className="space-y-4">
      {ticket.status !== "closed" && (
        <button
          type="button"
          className="btn-secondary"
          disabled={pending}
          data-testid="ticket-close"
          onClick={() =>
            startTransition(async () => {
              const result = await closeTicket({ id: ticket.id, countryCode })
              setError(result.error)
            })
          }
        >
          {pending ? "Closing…" : "Close ticket"}
        </button>
      )}
      {canRate && (
        <form
          className="card space-y-3 p-4"
          data-testid="ticket-rating-form"
          onSubmit={(e) => {
            e.preventDefault()
            startTransition(async () => {
              const result = await rateTicket({ id: ticket.id, countryCode, rating: stars, comment: comment.trim() || undefined })
              setError(result.error)
            })
          }}
        >
          <p className="text-sm font-semibold text-navy-900">{ticket.rating ? "Your rating" : "How did we do?"}</p>
          <div role="radiogroup" aria-label="Rating" className="flex gap-1">
            {[1, 2, 3, 4, 5].map((n) => (
              <button
                key={n}
                type="button"
                role="radio"
                aria-checked={stars === n}
                aria-label={`${n} star${n > 1 ? "s" : ""}`}
                data-testid={`ticket-star-${n}`}
                onClick={() => setStars(n)}
                className={`text-2xl ${n <= stars ? "text-amber-500" : "text-slate-300"}`}
              >
                ★
              </button>
            ))}
          </div>
          <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} maxLength={2000} placeholder="Anything to add? (optional)" className="input w-full" />
          <button type="submit" className="btn-primary" disabled={pending || stars < 1} data-testid="ticket-rate">
            {ticket.rating ? "Update rating" : "Send rating"}
          </button>
        </form>
      )}
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  )
}
