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
  /** the admin's client address; null for the system */
  ip?: string | null
  created_at: string
}

export type ActionLogFilters = {
  customer_id?: string
  actor_id?: string
  actor_type?: "user" | "system"
  action?: string
  resource_type?: string
  resource_id?: string
  /** ISO timestamps: `created_at[gte]` / `created_at[lte]` */
  created_at?: { gte?: string; lte?: string }
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
  admins: () => [...actionLogKeys.all, "admins"] as const,
  customers: (ids: string[]) => [...actionLogKeys.all, "customers", ids] as const,
}

/** The filters as query parameters, without the empty ones (qs writes `created_at[gte]=…`). */
function toQuery(filters: ActionLogFilters) {
  const range = Object.fromEntries(
    Object.entries(filters.created_at ?? {}).filter(([, v]) => v)
  )
  return Object.fromEntries(
    Object.entries({ ...filters, created_at: Object.keys(range).length ? range : undefined }).filter(
      ([, v]) => v !== undefined && v !== ""
    )
  )
}

export const useActionLogs = (filters: ActionLogFilters) =>
  useQuery({
    queryKey: actionLogKeys.list(filters),
    queryFn: () =>
      sdk.client.fetch<ActionLogListResponse>("/admin/action-logs", {
        query: toQuery(filters),
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

/** The admin users, by name, for the action log's admin filter. */
export const useAdminUsers = () =>
  useQuery({
    queryKey: actionLogKeys.admins(),
    queryFn: () => sdk.admin.user.list({ limit: 200, fields: "id,email,first_name,last_name" }),
    select: (data) =>
      (data.users as ActorUser[])
        .map((user) => ({ ...user, name: actorName(user) ?? user.id }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    staleTime: 5 * 60 * 1000,
  })

export type LogCustomer = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  company_name: string | null
}

/** The customers a page of log rows concerns, in one request; id → customer. */
export const useActionLogCustomers = (ids: string[]) => {
  const unique = [...new Set(ids)].sort()
  return useQuery({
    queryKey: actionLogKeys.customers(unique),
    queryFn: () =>
      sdk.admin.customer.list({
        id: unique,
        limit: unique.length,
        fields: "id,email,first_name,last_name,company_name",
      }),
    select: (data) =>
      new Map<string, LogCustomer>(
        data.customers.map((customer) => [customer.id, customer as LogCustomer])
      ),
    enabled: unique.length > 0,
    staleTime: 5 * 60 * 1000,
  })
}

/** "Ada Lovelace", else the email, else null (deleted or unknown). */
export function logCustomerName(customer: LogCustomer | undefined) {
  if (!customer) {
    return null
  }
  return (
    [customer.first_name, customer.last_name].filter(Boolean).join(" ") ||
    customer.company_name ||
    customer.email
  )
}

const ACTION_LABELS: Record<string, string> = {
  "customer.suspended": "Account suspended",
  "customer.activated": "Account activated",
  "customer.2fa_reset": "Two-factor reset",
  "customer.password_reset_sent": "Password reset sent",
  "customer.email_verified": "Email marked verified",
  "customer.notes.created": "Note added",
  "customer.send_email": "Email sent to customer",
  "note.updated": "Note updated",
  "note.deleted": "Note deleted",
  "subscription.suspended": "Subscription suspended",
  "subscription.unsuspended": "Subscription unsuspended",
  "subscription.extended": "Subscription extended",
  "subscription.auto_renew_changed": "Subscription auto-renew changed",
  "subscription.cancelled": "Subscription cancelled",
  "customer.impersonation_started": "Viewed as customer",
  "customer.impersonation_ended": "View as customer ended",
  "customer.impersonation_note_added": "View as customer: note added",
}

/** Route verbs (`/admin/orders/:id/cancel` → `order.cancel`) in the past tense. */
const VERBS: Record<string, string> = {
  cancel: "cancelled",
  complete: "completed",
  capture: "captured",
  refund: "refunded",
  archive: "archived",
  transfer: "transferred",
  mark_as_paid: "marked as paid",
  mark_as_delivered: "marked as delivered",
  request: "requested",
  confirm: "confirmed",
  accept: "accepted",
  decline: "declined",
  revoke: "revoked",
  convert_to_order: "converted to an order",
  batch: "changed in bulk",
}

const singular = (word: string) =>
  word.endsWith("ies")
    ? `${word.slice(0, -3)}y`
    : word.endsWith("ses")
      ? word.slice(0, -2)
      : word.replace(/s$/, "")

/**
 * "Account suspended", and for any admin write the recorder names from its route:
 * `order.fulfillments.created` → "Order fulfillment created",
 * `product.variants.updated` → "Product variant updated", `order.cancel` → "Order cancelled".
 */
export function actionLabel(action: string) {
  if (ACTION_LABELS[action]) {
    return ACTION_LABELS[action]
  }
  const parts = action.split(".")
  if (parts.length < 2) {
    return humanize(action)
  }
  const last = parts[parts.length - 1]
  const verb = ["created", "updated", "deleted"].includes(last) ? last : VERBS[last]
  const subject = verb ? parts.slice(0, -1) : parts
  const words = subject.map((part, i) => (i === 0 ? part : singular(part)))
  return humanize([...words, ...(verb ? [verb] : [])].join(" "))
}

/** Medusa admin pages per record type (the admin's own routes, and ours). */
const RESOURCE_PATHS: Record<string, string> = {
  subscription: "/subscriptions",
  customer: "/customers",
  customer_group: "/customer-groups",
  product: "/products",
  collection: "/collections",
  product_category: "/categories",
  order: "/orders",
  draft_order: "/draft-orders",
  inventory_item: "/inventory",
  reservation: "/reservations",
  promotion: "/promotions",
  campaign: "/campaigns",
  price_list: "/price-lists",
  region: "/settings/regions",
  stock_location: "/settings/locations",
  sales_channel: "/settings/sales-channels",
  tax_region: "/settings/tax-regions",
  product_type: "/settings/product-types",
  product_tag: "/settings/product-tags",
  user: "/settings/users",
  impersonation_session: "/impersonation",
  // site content and help center (their routes sit under /admin/content and /admin/help)
  post: "/content/posts",
  resource: "/content/resources",
  page: "/content/pages",
  article: "/help-center/articles",
}

/** The record types worth filtering by, commonest first. */
export const RESOURCE_TYPES = [
  "customer",
  "order",
  "product",
  "subscription",
  "note",
  ...Object.keys(RESOURCE_PATHS).filter(
    (type) => !["customer", "order", "product", "subscription"].includes(type)
  ),
]

export function resourceTypeLabel(type: string) {
  return humanize(type)
}

/** Where the acted-on record lives in the admin, when it has a page (and a real id: not "batch" or "-"). */
export function resourcePath(log: Pick<ActionLog, "resource_type" | "resource_id">) {
  const base = RESOURCE_PATHS[log.resource_type]
  if (!base || !/^[a-z0-9]+_[A-Za-z0-9]+$/.test(log.resource_id)) {
    return null
  }
  return `${base}/${log.resource_id}`
}

export function actorName(user: ActorUser | undefined) {
  if (!user) {
    return null
  }
  return [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
}

/** The body fields an admin write sent (`data.fields`: names only, never values). */
export function changedFields(log: Pick<ActionLog, "data">) {
  const fields = log.data?.fields
  return Array.isArray(fields) ? fields.filter((f): f is string => typeof f === "string") : []
}

/** "POST /admin/products/prod_1" for an admin write, else null. */
export function requestLine(log: Pick<ActionLog, "data">) {
  const { method, path } = log.data ?? {}
  return typeof method === "string" && typeof path === "string" ? `${method} ${path}` : null
}
