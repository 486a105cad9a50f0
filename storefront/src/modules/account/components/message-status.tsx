const LABELS: Record<string, { label: string; tone: string }> = {
  queued: { label: "Queued", tone: "bg-slate-200 text-slate-700" },
  sending: { label: "Sending", tone: "bg-accent-100 text-accent-800" },
  sent: { label: "Sent", tone: "bg-accent-100 text-accent-800" },
  delivered: { label: "Delivered", tone: "bg-emerald-100 text-emerald-800" },
  failed: { label: "Failed", tone: "bg-red-100 text-red-800" },
  bounced: { label: "Bounced", tone: "bg-amber-100 text-amber-900" },
}

export function MessageStatusBadge({ status }: { status?: string | null }) {
  const entry = LABELS[status ?? ""] ?? { label: status ?? "Unknown", tone: "bg-slate-200 text-slate-700" }
  return (
    <span
      data-testid="message-status"
      className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${entry.tone}`}
    >
      {entry.label}
    </span>
  )
}
