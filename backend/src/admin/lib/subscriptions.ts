import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  SubscriptionStatus,
  CustomerSummary as SubscriptionCustomer,
  AdminSubscription as Subscription,
  SubscriptionEventType,
  AdminSubscriptionDetail as SubscriptionDetail,
  AdminSubscriptionListResponse as SubscriptionListResponse,
  AdminSubscriptionResponse as SubscriptionResponse,
  SubscriptionPlanOptionsResponse,
} from "../../types/http"
export type { SubscriptionStatus, Subscription, SubscriptionDetail }
export type {
  SubscriptionUnpaidOrder,
  SubscriptionPlanOption,
  SubscriptionActor,
  SubscriptionEvent,
} from "../../types/http"

export const SUBSCRIPTION_STATUSES: SubscriptionStatus[] = [
  "pending_payment",
  "active",
  "suspended",
  "cancelled",
  "expired",
]

export const SUBSCRIPTIONS_PAGE_SIZE = 20

export type SubscriptionFilters = {
  status?: SubscriptionStatus
  customer_id?: string
  order_id?: string
  product_id?: string
  auto_renew?: "true" | "false"
  expiring_within_days?: number
  // the customer's email, name, customer or shopper id, or the subscription's number or id
  q?: string
  limit: number
  offset: number
}

export const subscriptionKeys = {
  all: ["subscriptions"] as const,
  lists: () => [...subscriptionKeys.all, "list"] as const,
  list: (filters: Record<string, unknown>) => [...subscriptionKeys.lists(), filters] as const,
  expiring: (days: number, limit: number, offset: number) =>
    [...subscriptionKeys.lists(), "expiring", { days, limit, offset }] as const,
  detail: (id: string) => [...subscriptionKeys.all, "detail", id] as const,
  planOptions: (id: string) => [...subscriptionKeys.all, "plan-options", id] as const,
}

/** Drops empty values so they are not sent as `?status=`. */
function toQuery(filters: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v !== undefined && v !== null && v !== "")
  )
}

export const useSubscriptions = (
  filters: SubscriptionFilters,
  options: { enabled?: boolean } = {}
) =>
  useQuery({
    queryKey: subscriptionKeys.list(filters),
    queryFn: () =>
      sdk.client.fetch<SubscriptionListResponse>("/admin/subscriptions", {
        query: toQuery(filters),
      }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })

/** Active subscriptions that expire within `days` (`GET /admin/subscriptions/expiring`). */
export const useExpiringSubscriptions = (
  params: { days: number; limit: number; offset: number },
  options: { enabled?: boolean } = {}
) =>
  useQuery({
    queryKey: subscriptionKeys.expiring(params.days, params.limit, params.offset),
    queryFn: () =>
      sdk.client.fetch<SubscriptionListResponse>("/admin/subscriptions/expiring", {
        query: params,
      }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })

export const useSubscription = (id: string | undefined) =>
  useQuery({
    queryKey: subscriptionKeys.detail(id ?? ""),
    queryFn: () =>
      sdk.client.fetch<SubscriptionResponse>(`/admin/subscriptions/${id}`),
    enabled: !!id,
  })

export type SubscriptionAction =
  | { action: "suspend"; body: { reason: string } }
  | { action: "unsuspend"; body: { note?: string } }
  | { action: "extend"; body: { days: number; note?: string } | { until: string; note?: string } }
  | { action: "cancel"; body: { at: "now" | "period_end"; reason?: string } }

/**
 * After a change: the answer (the subscription with its events, without the
 * customer and orders) is merged into the cached detail, then everything
 * about subscriptions is refetched. A 400 usually means the page is stale
 * (someone else changed it), so errors refetch too, to show the current state.
 */
const useSubscriptionMutation = <TVariables>(
  id: string,
  mutationFn: (variables: TVariables) => Promise<{ subscription: SubscriptionDetail }>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (data) => {
      if (data?.subscription?.events) {
        queryClient.setQueryData<{ subscription: SubscriptionDetail }>(
          subscriptionKeys.detail(id),
          (cached) =>
            cached ? { subscription: { ...cached.subscription, ...data.subscription } } : data
        )
      }
      queryClient.invalidateQueries({ queryKey: subscriptionKeys.all })
    },
    onError: () => {
      queryClient.invalidateQueries({ queryKey: subscriptionKeys.all })
    },
  })
}

/** Suspend / unsuspend / extend; a 400 `{ message }` rejects with that message. */
export const useSubscriptionAction = (id: string) =>
  useSubscriptionMutation(id, ({ action, body }: SubscriptionAction) =>
    sdk.client.fetch<SubscriptionResponse>(
      `/admin/subscriptions/${id}/${action}`,
      { method: "POST", body }
    )
  )

/** The plans and terms a subscription can move to (only fetched while the change dialog is open). */
export const useSubscriptionPlanOptions = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: subscriptionKeys.planOptions(id),
    queryFn: () =>
      sdk.client.fetch<SubscriptionPlanOptionsResponse>(
        `/admin/subscriptions/${id}/plan-options`
      ),
    enabled: options.enabled ?? true,
  })

export type ChangePlanBody = {
  variant_id: string
  /** now: switch at once without charging; next_renewal: schedule it. */
  when: "now" | "next_renewal"
  note?: string
}

/** Moves the subscription to another plan or term, now or at the next renewal. */
export const useChangeSubscriptionPlan = (id: string) =>
  useSubscriptionMutation(id, (body: ChangePlanBody) =>
    sdk.client.fetch<SubscriptionResponse>(
      `/admin/subscriptions/${id}/change-plan`,
      { method: "POST", body }
    )
  )

/** Calls off a plan change scheduled for the next renewal. */
export const useCancelScheduledPlanChange = (id: string) =>
  useSubscriptionMutation<void>(id, () =>
    sdk.client.fetch<SubscriptionResponse>(
      `/admin/subscriptions/${id}/change-plan`,
      { method: "DELETE" }
    )
  )

// ---------------------------------------------------------------- formatting

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
