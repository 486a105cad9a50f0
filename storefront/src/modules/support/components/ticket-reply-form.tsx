"use client"

import { useActionState, useEffect, useRef } from "react"
import { replyToTicket, type TicketActionResult } from "@lib/data/tickets"

export default function TicketReplyForm({ ticketId, countryCode }: { ticketId: string; countryCode: string }) {
  const [state, action, pending] = useActionState<TicketActionResult, FormData>(replyToTicket, { error: null })
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (state.success) form.current?.reset()
  }, [state])
  return (
    <form ref={form} action={action} className="card space-y-3 p-4" data-testid="ticket-reply-form">
      <input type="hidden" name="ticketId" value={ticketId} />
      <input type="hidden" name="countryCode" value={countryCode} />
      <label className="block text-sm font-medium text-slate-700">
        Your reply
        <textarea name="body" rows={4} maxLength={10000} className="input mt-1 w-full" data-testid="ticket-reply-body" />
      </label>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <input name="files" type="file" multiple accept="image/png,image/jpeg,image/gif,application/pdf,text/plain,.log" className="text-sm" data-testid="ticket-reply-files" />
        <button type="submit" disabled={pending} className="btn-primary" data-testid="ticket-reply-submit">
          {pending ? "Sending…" : "Send reply"}
        </button>
      </div>
      {state.error && <p role="alert" className="text-sm text-red-700" data-testid="ticket-reply-error">{state.error}</p>}
    </form>
  )
}
