import type { StoreSubscription } from "@lib/data/subscriptions"

/** What a subscription waiting for its payment says instead of a countdown. */
export const PENDING_PAYMENT_TEXT = "Starts when your payment arrives"

const LABELS: Record<string, { label: string; tone: string }> = {
  pending_payment: { label: "Awaiting payment", tone: "bg-accent-100 text-accent-800" },
  active: { label: "Active", tone: "bg-emerald-100 text-emerald-800" },
  suspended: { label: "Suspended", tone: "bg-amber-100 text-amber-900" },
  cancelled: { label: "Cancelled", tone: "bg-slate-200 text-slate-700" },
  expired: { label: "Expired", tone: "bg-red-100 text-red-800" },
}

export function SubscriptionStatusBadge({ status }: { status?: string | null }) {
  const entry = LABELS[status ?? ""] ?? { label: status ?? "Unknown", tone: "bg-slate-200 text-slate-700" }
  return (
    <span
      data-testid="subscription-status"
      data-status={status ?? undefined}
      className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${entry.tone}`}
    >
      {entry.label}
    </span>
  )
}

const TERMS: Record<number, string> = { 1: "monthly", 3: "quarterly", 6: "every 6 months", 12: "yearly" }

/** "billed yearly" for a 12-month term, "billed every 2 weeks" for anything unusual. */
export function billingTermLabel(
  sub: Pick<StoreSubscription, "billing_interval" | "billing_interval_count">
) {
  const count = Number(sub.billing_interval_count) || 1
  const interval = sub.billing_interval || "month"
  if (interval === "month" && TERMS[count]) {
    return `billed ${TERMS[count]}`
  }
  if (interval === "year" && count === 1) {
    return "billed yearly"
  }
  return count === 1 ? `billed every ${interval}` : `billed every ${count} ${interval}s`
}

/** "per year", "per 3 months": what the amount of one term covers. */
export function perTermLabel(
  sub: Pick<StoreSubscription, "billing_interval" | "billing_interval_count">
) {
  const count = Number(sub.billing_interval_count) || 1
  const interval = sub.billing_interval || "month"
  if (interval === "month" && count === 12) return "per year"
  return count === 1 ? `per ${interval}` : `per ${count} ${interval}s`
}

/** "Standard · billed yearly". */
export function planTermLabel(
  sub: Pick<StoreSubscription, "plan" | "billing_interval" | "billing_interval_count">
) {
  return [sub.plan, billingTermLabel(sub)].filter(Boolean).join(" · ")
}

/** "Expires in 12 days", "Expires today", "Expired"; a term not paid yet has not started. */
export function daysLeftLabel(sub: Pick<StoreSubscription, "status" | "days_left" | "expires_at" | "cancel_at_period_end">) {
  if (sub.status === "pending_payment") {
    return PENDING_PAYMENT_TEXT
  }
  const ended = sub.status === "expired" || new Date(sub.expires_at).getTime() <= Date.now()
  if (ended) {
    return sub.status === "cancelled" ? "Ended" : "Expired"
  }
  const verb = sub.cancel_at_period_end || sub.status === "cancelled" ? "Ends" : "Expires"
  const days = Math.max(0, Math.floor(Number(sub.days_left) || 0))
  if (days === 0) return `${verb} today`
  return `${verb} in ${days} ${days === 1 ? "day" : "days"}`
}

const DAY_MS = 24 * 60 * 60 * 1000

/** When auto-renew acts: the day before the term ends (the backend's daily pass). */
export function renewalDate(sub: Pick<StoreSubscription, "expires_at">) {
  return new Date(new Date(sub.expires_at).getTime() - DAY_MS)
}

/**
 * What auto-renew will do, in one plain sentence: charge the saved card, or
 * (with no card saved) issue an invoice to pay by bank transfer. `renewsOn`
 * is the formatted renewal date; null while the first term is not paid yet.
 */
export function autoRenewText(hasSavedCard: boolean, renewsOn: string | null) {
  if (hasSavedCard) {
    return renewsOn
      ? `We'll charge your saved card on ${renewsOn}.`
      : "We'll charge your saved card the day before each term ends."
  }
  return `Auto-renew is on but no card is saved: ${
    renewsOn ? `on ${renewsOn}` : "the day before each term ends"
  } we'll issue a renewal invoice to pay by bank transfer; your service continues when it's paid.`
}

export function SubscriptionDaysLeft({ subscription }: { subscription: StoreSubscription }) {
  const label = daysLeftLabel(subscription)
  const urgent =
    subscription.status === "active" && subscription.days_left !== null && subscription.days_left <= 7
  return (
    <span
      data-testid="subscription-days-left"
      className={`text-sm font-medium ${
        label === "Expired" || label === "Ended"
          ? "text-red-700"
          : urgent
            ? "text-amber-800"
            : "text-slate-700"
      }`}
    >
      {label}
    </span>
  )
}

/** How far the current paid period has run (current_period_start → expires_at). */
export function periodProgress(sub: Pick<StoreSubscription, "current_period_start" | "expires_at">) {
  const start = new Date(sub.current_period_start).getTime()
  const end = new Date(sub.expires_at).getTime()
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
    return 100
  }
  return Math.round(Math.min(1, Math.max(0, (Date.now() - start) / (end - start))) * 100)
}

export function SubscriptionProgress({
  subscription,
  label,
}: {
  subscription: StoreSubscription
  label: string
}) {
  const value = periodProgress(subscription)
  const tone =
    subscription.status !== "active"
      ? "bg-slate-400"
      : value >= 90
        ? "bg-amber-500"
        : "bg-accent-600"
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`${value}% of the current period used`}
      className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
    >
      <div className={`h-full rounded-full ${tone}`} style={{ width: `${value}%` }} />
    </div>
  )
}

/** "Auto-renew on", and how it will be paid when no card is saved. */
export function AutoRenewState({ enabled, hasSavedCard }: { enabled: boolean; hasSavedCard: boolean }) {
  return (
    <span className="text-sm">
      <span
        data-testid="subscription-auto-renew-state"
        className={enabled ? "text-emerald-800" : "text-slate-600"}
      >
        Auto-renew {enabled ? "on" : "off"}
      </span>
      {enabled && !hasSavedCard && (
        <span className="text-slate-600"> · renews by invoice (no card saved)</span>
      )}
    </span>
  )
}
