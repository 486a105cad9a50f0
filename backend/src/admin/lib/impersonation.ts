import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { actionLogKeys } from "./action-logs"
import { sdk } from "./sdk"

/** The shortest reason the API accepts for starting a session. */
export const IMPERSONATION_REASON_MIN = 10

export type ImpersonationStatus = "active" | "ended" | "expired"

type Person = { id: string; email: string | null; first_name: string | null; last_name: string | null }

/** One "view as customer" session, as `GET /admin/impersonation` lists it. */
export type ImpersonationSession = {
  id: string
  user_id: string
  customer_id: string
  reason: string
  status: ImpersonationStatus
  started_at: string
  expires_at: string
  ended_at: string | null
  duration_seconds: number | null
  ended_by: "admin" | "storefront" | "expiry" | null
  ip: string | null
  user_agent: string | null
  customer?: Person | null
  user?: Person | null
}

export type ImpersonationEvent = {
  id: string
  kind: "request" | "page_view"
  method: string | null
  path: string | null
  status_code: number | null
  at: string
}

export type ImpersonationNote = {
  id: string
  text: string
  author_id: string | null
  author: Person | null
  at: string
}

export type ImpersonationDetail = ImpersonationSession & {
  events: ImpersonationEvent[]
  notes: ImpersonationNote[]
}

export type ImpersonationFilters = {
  status?: ImpersonationStatus
  user_id?: string
  customer_id?: string
  q?: string
  started_at?: { $gte?: string; $lte?: string; $gt?: string; $lt?: string }
  limit: number
  offset: number
}

export const impersonationKeys = {
  all: ["impersonation"] as const,
  list: (filters: ImpersonationFilters) => [...impersonationKeys.all, "list", filters] as const,
  detail: (id: string) => [...impersonationKeys.all, "detail", id] as const,
}

const withoutEmpty = (filters: ImpersonationFilters) =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== ""))

export const useImpersonations = (filters: ImpersonationFilters, options: { refetchInterval?: number } = {}) =>
  useQuery({
    queryKey: impersonationKeys.list(filters),
    queryFn: () =>
      sdk.client.fetch<{ sessions: ImpersonationSession[]; count: number; offset: number; limit: number }>(
        "/admin/impersonation",
        { query: withoutEmpty(filters) }
      ),
    placeholderData: keepPreviousData,
    ...options,
  })

export const useImpersonation = (id: string) =>
  useQuery({
    queryKey: impersonationKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ session: ImpersonationDetail }>(`/admin/impersonation/${id}`),
    select: (data) => data.session,
    // the timeline grows while the session is open
    refetchInterval: (query) => (query.state.data?.session.status === "active" ? 5000 : false),
  })

const useInvalidate = () => {
  const client = useQueryClient()
  return () => {
    client.invalidateQueries({ queryKey: impersonationKeys.all })
    client.invalidateQueries({ queryKey: actionLogKeys.all })
  }
}

export const useStartImpersonation = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: { customer_id: string; reason: string }) =>
      sdk.client.fetch<{ session: ImpersonationSession; token: string; storefront_url: string }>("/admin/impersonation", {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export const useEndImpersonation = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ session: ImpersonationDetail }>(`/admin/impersonation/${id}/end`, { method: "POST", body: {} }),
    onSuccess: invalidate,
  })
}

export const useAddImpersonationNote = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (text: string) =>
      sdk.client.fetch<{ note: ImpersonationNote }>(`/admin/impersonation/${id}/notes`, { method: "POST", body: { text } }),
    onSuccess: invalidate,
  })
}

export const IMPERSONATION_PATH = (id: string) => `/impersonation/${id}`

export const STATUS_LABELS: Record<ImpersonationStatus, string> = {
  active: "Active",
  ended: "Ended",
  expired: "Expired",
}

export const STATUS_COLORS: Record<ImpersonationStatus, "green" | "grey" | "orange"> = {
  active: "green",
  ended: "grey",
  expired: "orange",
}

export const ENDED_BY_LABELS: Record<string, string> = {
  admin: "Ended from the admin",
  storefront: "Ended from the storefront",
  expiry: "Expired",
}

/** "Ada Lovelace", else the email, else the id. */
export function personName(person: Person | null | undefined, fallback = "—") {
  if (!person) {
    return fallback
  }
  return [person.first_name, person.last_name].filter(Boolean).join(" ") || person.email || person.id
}

/** 95 → "1 min 35 s"; null → "—". */
export function formatDuration(seconds: number | null | undefined) {
  if (seconds == null) {
    return "—"
  }
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  if (!minutes) {
    return `${rest} s`
  }
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`
}

/** How long is left before an active session's token expires, e.g. "12 min left". */
export function timeLeft(session: Pick<ImpersonationSession, "expires_at">, now = Date.now()) {
  const seconds = Math.max(0, Math.round((new Date(session.expires_at).getTime() - now) / 1000))
  return seconds ? `${Math.ceil(seconds / 60)} min left` : "expiring"
}

/** The admin users, by name, for the sessions list's admin filter. */
export const useImpersonationAdmins = () =>
  useQuery({
    queryKey: [...impersonationKeys.all, "admins"],
    queryFn: () => sdk.admin.user.list({ limit: 200, fields: "id,email,first_name,last_name" }),
    select: (data) =>
      (data.users as Person[])
        .map((user) => ({ value: user.id, label: personName(user, user.id) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    staleTime: 5 * 60 * 1000,
  })
