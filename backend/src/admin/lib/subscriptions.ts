import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

/** pending_payment: bought, waiting for its payment; the term starts when it is paid. */
export type SubscriptionStatus = "pending_payment" | "active" | "suspended" | "cancelled" | "expired"

export const SUBSCRIPTION_STATUSES: SubscriptionStatus[] = [
  "pending_payment",
  "active",
  "suspended",
  "cancelled",
  "expired",
]

export const SUBSCRIPTIONS_PAGE_SIZE = 20

export type SubscriptionCustomer = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}

/** A downgrade waiting for the next renewal. */
export type SubscriptionScheduledChange = {
  variant_id: string
  plan: string
  amount: number
  currency_code: string
  billing_interval: string
  billing_interval_count: number
  effective_at: string
}

/** An order of the subscription waiting for its payment. */
export type SubscriptionUnpaidOrder = {
  id: string
  display_id: number | null
  total: number
  currency_code: string
  due_at: string
  kind: "first" | "renewal" | "upgrade"
}

/** Another plan or term of the same product (`GET /admin/subscriptions/:id/plan-options`). */
export type SubscriptionPlanOption = {
  variant_id: string
  title: string
  plan: string
  billing_interval: string
  billing_interval_count: number
  amount: number
  currency_code: string
  kind: "current" | "upgrade" | "downgrade"
  /** What the customer would pay now for an upgrade (prorated); 0 for downgrades. */
  due_now: number
}

/** One subscription, as `GET /admin/subscriptions` lists it. */
export type Subscription = {
  id: string
  number: string
  status: SubscriptionStatus
  customer_id: string
  customer: SubscriptionCustomer | null
  order_id: string | null
  product_id: string | null
  variant_id: string | null
  region_id: string | null
  product_title: string | null
  plan: string | null
  currency_code: string
  amount: number
  billing_interval: string
  billing_interval_count: number
  started_at: string | null
  current_period_start: string | null
  expires_at: string
  days_left: number | null
  auto_renew: boolean
  cancel_at_period_end: boolean
  grace_days: number
  suspension_reason: string | null
  suspended_at: string | null
  cancelled_at: string | null
  created_at: string
  /** A card is saved for auto-renew; without one, renewals are invoiced. */
  has_saved_card: boolean
  scheduled_change: SubscriptionScheduledChange | null
  unpaid_order: SubscriptionUnpaidOrder | null
}

export type SubscriptionEventType =
  | "created"
  | "payment_pending"
  | "activated"
  | "reminder_sent_7"
  | "reminder_sent_3"
  | "reminder_sent_1"
  | "renewal_issued"
  | "renewal_paid"
  | "renewed"
  | "renewal_failed"
  | "suspended"
  | "unsuspended"
  | "extended"
  | "cancel_requested"
  | "cancelled"
  | "expired"
  | "auto_renew_changed"
  | "plan_change_scheduled"
  | "plan_change_cancelled"
  | "plan_changed"

export type SubscriptionActor = "system" | "customer" | "admin"

export type SubscriptionEvent = {
  id: string
  type: SubscriptionEventType | string
  actor: SubscriptionActor
  actor_id: string | null
  note: string | null
  data: Record<string, unknown> | null
  occurred_at: string
  created_at: string
}

export type SubscriptionOrder = { id: string; display_id: number | null; created_at: string }

export type SubscriptionDetail = Subscription & {
  events: SubscriptionEvent[]
  orders: SubscriptionOrder[]
}

export type SubscriptionListResponse = {
  subscriptions: Subscription[]
  count: number
  limit: number
  offset: number
}

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
      sdk.client.fetch<{ subscription: SubscriptionDetail }>(`/admin/subscriptions/${id}`),
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
    sdk.client.fetch<{ subscription: SubscriptionDetail }>(
      `/admin/subscriptions/${id}/${action}`,
      { method: "POST", body }
    )
  )

/** The plans and terms a subscription can move to (only fetched while the change dialog is open). */
export const useSubscriptionPlanOptions = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: subscriptionKeys.planOptions(id),
    queryFn: () =>
      sdk.client.fetch<{ options: SubscriptionPlanOption[] }>(
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
    sdk.client.fetch<{ subscription: SubscriptionDetail }>(
      `/admin/subscriptions/${id}/change-plan`,
      { method: "POST", body }
    )
  )

/** Calls off a plan change scheduled for the next renewal. */
export const useCancelScheduledPlanChange = (id: string) =>
  useSubscriptionMutation<void>(id, () =>
    sdk.client.fetch<{ subscription: SubscriptionDetail }>(
      `/admin/subscriptions/${id}/change-plan`,
      { method: "DELETE" }
    )
  )

// formatting (labels, dates, amounts, paths) lives in ./subscription-format
export * from "./subscription-format"
