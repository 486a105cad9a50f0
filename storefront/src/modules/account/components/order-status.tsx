const LABELS: Record<string, { label: string; tone: string }> = {
  pending: { label: "Pending", tone: "bg-amber-100 text-amber-900" },
  completed: { label: "Completed", tone: "bg-emerald-100 text-emerald-800" },
  canceled: { label: "Canceled", tone: "bg-slate-200 text-slate-700" },
  archived: { label: "Archived", tone: "bg-slate-200 text-slate-700" },
  requires_action: { label: "Action required", tone: "bg-red-100 text-red-800" },
  draft: { label: "Draft", tone: "bg-slate-200 text-slate-700" },
}

// an authorized payment is not money received yet (bank transfer / pay later until the admin records it)
const PAYMENT_LABELS: Record<string, string> = {
  not_paid: "Not paid",
  awaiting: "Awaiting payment",
  authorized: "Awaiting payment",
  partially_authorized: "Awaiting payment",
  captured: "Paid",
  partially_captured: "Partially paid",
  refunded: "Refunded",
  partially_refunded: "Partially refunded",
  canceled: "Payment canceled",
  requires_action: "Payment action required",
}

export function OrderStatusBadge({ status }: { status?: string | null }) {
  const entry = LABELS[status ?? ""] ?? { label: status ?? "Unknown", tone: "bg-slate-200 text-slate-700" }
  return (
    <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${entry.tone}`}>
      {entry.label}
    </span>
  )
}

export function paymentStatusLabel(status?: string | null) {
  return PAYMENT_LABELS[status ?? ""] ?? status ?? ""
}
