import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { humanize } from "./format"
import { sdk } from "./sdk"

/** One row of `GET /admin/action-logs`: something an admin (or the system) did. */
export type ActionLog = {
  id: string
  actor_type: "user" | "system"
  actor_id: string | null
  action: string
  resource_type: string
  resource_id: string
  customer_id: string | null
  reason: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export type ActionLogFilters = {
  customer_id?: string
  actor_id?: string
  action?: string
  resource_type?: string
  resource_id?: string
  limit: number
  offset: number
}

type ActionLogListResponse = {
  action_logs: ActionLog[]
  count: number
  offset: number
  limit: number
}

export const actionLogKeys = {
  all: ["action-logs"] as const,
  list: (filters: ActionLogFilters) => [...actionLogKeys.all, "list", filters] as const,
  actors: (ids: string[]) => [...actionLogKeys.all, "actors", ids] as const,
}

export const useActionLogs = (filters: ActionLogFilters) =>
  useQuery({
    queryKey: actionLogKeys.list(filters),
    queryFn: () =>
      sdk.client.fetch<ActionLogListResponse>("/admin/action-logs", {
        query: Object.fromEntries(
          Object.entries(filters).filter(([, v]) => v !== undefined && v !== "")
        ),
      }),
    placeholderData: keepPreviousData,
  })

export type ActorUser = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

/** The admin users behind a page of log rows, in one request; id → user. */
export const useActionLogActors = (ids: string[]) => {
  const unique = [...new Set(ids)].sort()
  return useQuery({
    queryKey: actionLogKeys.actors(unique),
    queryFn: () =>
      sdk.admin.user.list({
        id: unique,
        limit: unique.length,
        fields: "id,email,first_name,last_name",
      }),
    select: (data) =>
      new Map<string, ActorUser>(data.users.map((user) => [user.id, user as ActorUser])),
    enabled: unique.length > 0,
    staleTime: 5 * 60 * 1000,
  })
}

const ACTION_LABELS: Record<string, string> = {
  "customer.suspended": "Account suspended",
  "customer.activated": "Account activated",
  "customer.2fa_reset": "Two-factor reset",
  "customer.password_reset_sent": "Password reset sent",
  "customer.email_verified": "Email marked verified",
  "subscription.suspended": "Subscription suspended",
  "subscription.unsuspended": "Subscription unsuspended",
  "subscription.extended": "Subscription extended",
  "subscription.auto_renew_changed": "Subscription auto-renew changed",
  "subscription.cancelled": "Subscription cancelled",
}

export function actionLabel(action: string) {
  return ACTION_LABELS[action] ?? humanize(action)
}

/** Where the acted-on record lives in the admin, when it has a page. */
export function resourcePath(log: Pick<ActionLog, "resource_type" | "resource_id">) {
  switch (log.resource_type) {
    case "subscription":
      return `/subscriptions/${log.resource_id}`
    case "customer":
      return `/customers/${log.resource_id}`
    default:
      return null
  }
}

export function actorName(user: ActorUser | undefined) {
  if (!user) {
    return null
  }
  return [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
}
