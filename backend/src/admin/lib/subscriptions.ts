import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  SubscriptionStatus,
  AdminSubscription as Subscription,
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

// formatting (labels, dates, amounts, paths) lives in ./subscription-format
export * from "./subscription-format"
