import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  NotificationChannel,
  NotificationStatus,
  NotificationProvider,
  NotificationCustomer,
  NotificationLog,
  NotificationLogDetail,
  NotificationLogListResponse,
} from "../../types/http"
export type { NotificationChannel, NotificationStatus, NotificationLog, NotificationLogDetail }

export const NOTIFICATION_STATUSES: NotificationStatus[] = [
  "queued",
  "sending",
  "sent",
  "delivered",
  "failed",
  "bounced",
]

/** Providers that can carry each channel (the provider filter offers these). */
export const CHANNEL_PROVIDERS: Record<NotificationChannel, NotificationProvider[]> = {
  email: ["local", "smtp", "sendgrid"],
  sms: ["local", "twilio"],
}

export const PAGE_SIZE = 20

/** Statuses that change on their own soon: lists showing them poll. */
const IN_FLIGHT: NotificationStatus[] = ["queued", "sending"]

/** Limits of `POST /admin/notifications/*` (the API answers 400 beyond them). */
export const SEND_LIMITS = { subject: 200, emailBody: 20_000, smsBody: 480 }

export type NotificationTemplate = {
  name: string
  channel: NotificationChannel
  label: string
  description: string
  /** an admin's version is sent instead of the built-in text */
  edited?: boolean
  version?: number | null
}

/** Handlebars sources of a template. */
export type TemplateSources = { subject: string | null; html: string | null; text: string }

export type TemplateVersion = TemplateSources & {
  id: string
  version: number
  source: "edit" | "revert" | "reset"
  reverted_from: number | null
  author_id: string | null
  created_at: string
}

/** `GET /admin/notification-templates/:name`: what the editor needs. */
export type NotificationTemplateDetail = {
  template: NotificationTemplate & {
    version: number | null
    edited: boolean
    current: TemplateSources
    default: TemplateSources
    sample: Record<string, unknown>
  }
  versions: TemplateVersion[]
}

export type NotificationTemplatePreview = {
  name: string
  channel: NotificationChannel
  subject: string | null
  html: string | null
  text: string
}

/** Filters of `GET /admin/notification-logs`; empty values are left out of the query. */
export type NotificationLogFilters = {
  channel?: NotificationChannel
  status?: NotificationStatus
  template?: string
  provider?: string
  to?: string
  shopper_id?: string
  customer_id?: string
  q?: string
  /** archived emails: left out unless "true" (only them) or "all" */
  archived?: "true" | "all"
  /** ISO timestamps, sent as `created_at[gte]` / `created_at[lte]` */
  created_after?: string
  created_before?: string
  limit?: number
  offset?: number
}

export const notificationKeys = {
  all: ["notification-logs"] as const,
  lists: () => [...notificationKeys.all, "list"] as const,
  list: (filters: NotificationLogFilters) => [...notificationKeys.lists(), filters] as const,
  detail: (id: string) => [...notificationKeys.all, "detail", id] as const,
  templates: ["notification-templates"] as const,
  preview: (name: string) => ["notification-templates", "preview", name] as const,
  template: (name: string) => ["notification-templates", "detail", name] as const,
}

function toQuery({ created_after, created_before, ...filters }: NotificationLogFilters) {
  const query: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== "") {
      query[key] = value
    }
  }
  if (created_after || created_before) {
    query.created_at = {
      ...(created_after ? { gte: created_after } : {}),
      ...(created_before ? { lte: created_before } : {}),
    }
  }
  return query
}

export const useNotificationLogs = (
  filters: NotificationLogFilters,
  options: { enabled?: boolean; refetchInterval?: number } = {}
) =>
  useQuery({
    queryKey: notificationKeys.list(filters),
    queryFn: () =>
      sdk.client.fetch<NotificationLogListResponse>("/admin/notification-logs", {
        query: toQuery(filters),
      }),
    // keep the current page on screen while the next one loads
    placeholderData: keepPreviousData,
    // queued messages move on within seconds: poll while any is on screen
    refetchInterval: (query) =>
      query.state.data?.notification_logs.some((log) => IN_FLIGHT.includes(log.status))
        ? 5000
        : (options.refetchInterval ?? false),
    enabled: options.enabled ?? true,
  })

export const useNotificationLog = (id: string | null | undefined) =>
  useQuery({
    queryKey: notificationKeys.detail(id ?? ""),
    queryFn: () =>
      sdk.client.fetch<{ notification_log: NotificationLogDetail }>(
        `/admin/notification-logs/${id}`
      ),
    select: (data) => data.notification_log,
    refetchInterval: (query) => {
      const status = query.state.data?.notification_log.status
      return status && IN_FLIGHT.includes(status) ? 5000 : false
    },
    enabled: !!id,
  })

/** Sends a log entry again; the answer is the new entry (`resend_of_id` = the original). */
export const useResendNotification = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ notification_log: NotificationLog }>(
        `/admin/notification-logs/${id}/resend`,
        { method: "POST" }
      ),
    onSuccess: (_data, id) => {
      queryClient.invalidateQueries({ queryKey: notificationKeys.lists() })
      queryClient.invalidateQueries({ queryKey: notificationKeys.detail(id) })
    },
  })
}

export const useNotificationTemplates = () =>
  useQuery({
    queryKey: notificationKeys.templates,
    queryFn: () =>
      sdk.client.fetch<{ templates: NotificationTemplate[] }>("/admin/notification-templates"),
    select: (data) => data.templates,
    staleTime: 5 * 60 * 1000,
  })

export const useTemplatePreview = (name: string | null | undefined) =>
  useQuery({
    queryKey: notificationKeys.preview(name ?? ""),
    queryFn: () =>
      sdk.client.fetch<NotificationTemplatePreview>(
        `/admin/notification-templates/${encodeURIComponent(name!)}/preview`
      ),
    enabled: !!name,
  })

/** One template with its built-in and current sources and its versions. */
export const useNotificationTemplate = (name: string | null | undefined) =>
  useQuery({
    queryKey: notificationKeys.template(name ?? ""),
    queryFn: () => sdk.client.fetch<NotificationTemplateDetail>(`/admin/notification-templates/${name}`),
    enabled: !!name,
  })

export type TemplateChange =
  | { action: "save"; body: TemplateSources }
  | { action: "revert"; body: { version: number } }
  | { action: "reset"; body: Record<string, never> }

/** Saves an edit, reverts or resets: a new version; the list, detail and preview are refreshed. */
export const useChangeTemplate = (name: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body }: TemplateChange) =>
      sdk.client.fetch<NotificationTemplateDetail>(
        `/admin/notification-templates/${name}${action === "save" ? "" : `/${action}`}`,
        { method: "POST", body }
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(notificationKeys.template(name), data)
      queryClient.invalidateQueries({ queryKey: notificationKeys.templates })
    },
  })
}

/** Renders unsaved sources with the template's sample data. */
export const usePreviewDraft = (name: string) =>
  useMutation({
    mutationFn: (body: TemplateSources) =>
      sdk.client.fetch<NotificationTemplatePreview>(`/admin/notification-templates/${name}/preview`, { method: "POST", body }),
  })

/** Sends the template as customers get it now, with sample data, to the signed-in admin. */
export const useSendTemplateTest = (name: string) =>
  useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ notification_log: NotificationLog }>(`/admin/notification-templates/${name}/send-test`, { method: "POST", body: {} }),
  })

export type SendCustomerMessage =
  | { channel: "email"; customer_id: string; subject: string; body: string }
  | { channel: "sms"; customer_id: string; body: string }

/** Sends a custom email or SMS to a customer; a 400 `{ message }` rejects with that message. */
export const useSendCustomerMessage = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ channel, ...body }: SendCustomerMessage) =>
      sdk.client.fetch<{ notification_log: NotificationLog }>(
        `/admin/notifications/${channel}`,
        { method: "POST", body }
      ),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: notificationKeys.lists() })
    },
  })
}

export const CHANNEL_LOG_PATH: Record<NotificationChannel, string> = {
  email: "/email-log",
  sms: "/sms-log",
}

export function customerName(customer: NotificationCustomer | null | undefined) {
  if (!customer) {
    return null
  }
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name || customer.email
}

export { formatDateTime, formatRelative } from "./format"
