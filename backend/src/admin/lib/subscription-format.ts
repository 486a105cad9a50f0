import type { CustomerSummary as SubscriptionCustomer, SubscriptionEventType } from "../../types/http"
import type { Subscription, SubscriptionStatus } from "./subscriptions"

/** How subscriptions read in the admin: status and event labels, dates, amounts, intervals, paths. */
export const STATUS_STYLE: Record<
  SubscriptionStatus,
  { color: "green" | "orange" | "grey" | "red" | "blue"; label: string }
> = {
  pending_payment: { color: "blue", label: "Awaiting payment" },
  active: { color: "green", label: "Active" },
  suspended: { color: "orange", label: "Suspended" },
  cancelled: { color: "grey", label: "Cancelled" },
  expired: { color: "red", label: "Expired" },
}

export const subscriptionStatusLabel = (status: SubscriptionStatus) =>
  STATUS_STYLE[status]?.label ?? status

const EVENT_LABELS: Record<SubscriptionEventType, string> = {
  created: "Subscription created",
  payment_pending: "Waiting for payment",
  activated: "Activated",
  reminder_sent_7: "Expiry reminder sent (7 days)",
  reminder_sent_3: "Expiry reminder sent (3 days)",
  reminder_sent_1: "Expiry reminder sent (1 day)",
  renewal_issued: "Renewal invoice issued",
  renewal_paid: "Renewal paid",
  renewed: "Renewed",
  renewal_failed: "Renewal failed",
  suspended: "Suspended",
  unsuspended: "Unsuspended",
  extended: "Extended",
  cancel_requested: "Cancellation requested",
  cancelled: "Cancelled",
  expired: "Expired",
  auto_renew_changed: "Auto-renew changed",
  plan_change_scheduled: "Plan change scheduled",
  plan_change_cancelled: "Scheduled plan change cancelled",
  plan_changed: "Plan changed",
}

export function eventLabel(type: string) {
  if (type in EVENT_LABELS) {
    return EVENT_LABELS[type as SubscriptionEventType]
  }
  const text = type.replace(/_/g, " ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function customerName(customer: SubscriptionCustomer | null | undefined) {
  const name = [customer?.first_name, customer?.last_name].filter(Boolean).join(" ").trim()
  return name || null
}

export function formatDate(value: string | null | undefined) {
  if (!value) return "-"
  return new Date(value).toLocaleDateString(undefined, { dateStyle: "medium" })
}

export function formatDateTime(value: string | null | undefined) {
  if (!value) return "-"
  return new Date(value).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
}

export function formatAmount(amount: number | null | undefined, currencyCode: string) {
  if (amount === null || amount === undefined) return "-"
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).format(amount)
  } catch {
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Whole days from now until `expires_at` (the API's `days_left` when given). */
export function daysUntil(sub: Pick<Subscription, "expires_at" | "days_left">) {
  if (typeof sub.days_left === "number") return sub.days_left
  return Math.ceil((new Date(sub.expires_at).getTime() - Date.now()) / DAY_MS)
}

/** "in 12 days", "today", "3 days ago". */
export function relativeDays(days: number) {
  if (days === 0) return "today"
  if (days === 1) return "tomorrow"
  if (days === -1) return "yesterday"
  return days > 0 ? `in ${days} days` : `${-days} days ago`
}

/** "Monthly", "Every 12 months", "Yearly". */
export function formatInterval(interval: string, count: number) {
  const n = count || 1
  if (n === 1) {
    const single: Record<string, string> = {
      day: "Daily",
      week: "Weekly",
      month: "Monthly",
      year: "Yearly",
    }
    return single[interval] ?? `Every ${interval}`
  }
  return `Every ${n} ${interval}s`
}

export function productAndPlan(sub: Pick<Subscription, "product_title" | "plan">) {
  return [sub.product_title, sub.plan].filter(Boolean).join(" · ") || "-"
}

/** "2026-03-01" for an `<input type="date">`, in local time. */
export function toDateInput(date: Date) {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export const SUBSCRIPTION_PATH = (id: string) => `/subscriptions/${id}`
