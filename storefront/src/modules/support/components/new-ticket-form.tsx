"use client"

import { useActionState } from "react"
import { createTicket, type TicketActionResult } from "@lib/data/tickets"

const CATEGORIES = [
  { value: "technical", label: "Technical problem" },
  { value: "billing", label: "Billing" },
  { value: "account", label: "My account" },
  { value: "sales", label: "Plans and pricing" },
  { value: "general", label: "Something else" },
]

export default function NewTicketForm({ countryCode }: { countryCode: string }) {
  const [state, action, pending] = useActionState<TicketActionResult, FormData>(createTicket, { error: null })
  return (
    <form action={action} className="card space-y-4 p-6" data-testid="new-ticket-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <label className="block text-sm font-medium text-slate-700">
        Subject
        <input name="subject" required minLength={3} maxLength={200} className="input mt-1 w-full" data-testid="ticket-subject" />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        Category
        <select name="category" defaultValue="technical" className="input mt-1 w-full" data-testid="ticket-category">
          {CATEGORIES.map((c) => (
            <option key={c.value} value={c.value}>{c.label}</option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium text-slate-700">
        How can we help?
        <textarea name="body" required rows={6} maxLength={10000} className="input mt-1 w-full" data-testid="ticket-body" />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        Attachments (optional)
        <input name="files" type="file" multiple accept="image/png,image/jpeg,image/gif,application/pdf,text/plain,.log" className="mt-1 block text-sm" data-testid="ticket-files" />
        <span className="mt-1 block text-xs text-slate-500">PNG, JPEG, GIF, PDF or text, up to 5 MB each.</span>
      </label>
      {state.error && <p role="alert" className="text-sm text-red-700" data-testid="ticket-error">{state.error}</p>}
      <button type="submit" disabled={pending} className="btn-primary" data-testid="ticket-submit">
        {pending ? "Sending…" : "Send request"}
      </button>
    </form>
  )
}
