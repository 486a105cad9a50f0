import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  TicketStatus,
  TicketPriority,
  AdminTicketListResponse as TicketListResponse,
  AdminTicketResponse as TicketResponse,
} from "../../types/http"
export type { TicketStatus, TicketPriority }
export type { TicketAttachment, TicketMessage, AdminTicket as Ticket } from "../../types/http"

export const TICKET_STATUSES: TicketStatus[] = ["open", "pending", "on_hold", "resolved", "closed"]
export const TICKET_PRIORITIES: TicketPriority[] = ["low", "normal", "high", "urgent"]
export const TICKETS_PAGE_SIZE = 20
export const TICKET_PATH = (id: string) => `/tickets/${id}`

export const STATUS_LABELS: Record<TicketStatus, string> = {
  open: "Open",
  pending: "Waiting on customer",
  on_hold: "On hold",
  resolved: "Resolved",
  closed: "Closed",
}
export const STATUS_COLORS: Record<TicketStatus, "green" | "orange" | "grey" | "blue" | "red"> = {
  open: "blue",
  pending: "orange",
  on_hold: "grey",
  resolved: "green",
  closed: "grey",
}
export const PRIORITY_COLORS: Record<TicketPriority, "green" | "orange" | "grey" | "blue" | "red"> = {
  low: "grey",
  normal: "blue",
  high: "orange",
  urgent: "red",
}

type Person = { id: string; email: string | null; first_name: string | null; last_name: string | null }

export type TicketFilters = {
  status?: string
  priority?: string
  assignee_id?: string
  customer_id?: string
  q?: string
  limit: number
  offset: number
}

export const ticketKeys = {
  all: ["tickets"] as const,
  list: (f: TicketFilters) => ["tickets", "list", f] as const,
  detail: (id: string) => ["tickets", "detail", id] as const,
}

const clean = (f: TicketFilters) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== "" && v !== undefined))

export const useTickets = (filters: TicketFilters) =>
  useQuery({
    queryKey: ticketKeys.list(filters),
    queryFn: () =>
      sdk.client.fetch<TicketListResponse>("/admin/tickets", {
        query: clean(filters),
      }),
    placeholderData: keepPreviousData,
  })

export const useTicket = (id?: string) =>
  useQuery({
    queryKey: ticketKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<TicketResponse>(`/admin/tickets/${id}`),
    enabled: !!id,
  })

export const useMe = () =>
  useQuery({
    queryKey: ["users", "me"],
    queryFn: () => sdk.client.fetch<{ user: Person }>("/admin/users/me"),
  })

export const useAdminUsers = () =>
  useQuery({
    queryKey: ["users", "list"],
    queryFn: () => sdk.client.fetch<{ users: Person[] }>("/admin/users", { query: { limit: 100 } }),
  })

export type TicketAction =
  | { action: "assign"; body: { assignee_id: string | null } }
  | { action: "priority"; body: { priority: TicketPriority } }
  | { action: "status"; body: { status: TicketStatus; note?: string } }
  | { action: "notes"; body: { body: string } }
  | { action: "replies"; body: { body: string } }

/** Runs an action on a ticket and refreshes it (and the lists). */
export const useTicketAction = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body }: TicketAction) =>
      sdk.client.fetch<TicketResponse>(`/admin/tickets/${id}/${action}`, { method: "POST", body }),
    onSuccess: (data) => {
      queryClient.setQueryData(ticketKeys.detail(id), data)
      queryClient.invalidateQueries({ queryKey: ["tickets", "list"] })
    },
  })
}

/** A reply carrying files (multipart), checked by the server. */
export const useTicketUpload = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ files, body }: { files: File[]; body?: string }) => {
      const form = new FormData()
      files.forEach((f) => form.append("files", f))
      if (body) form.append("body", body)
      return sdk.client.fetch<TicketResponse>(`/admin/tickets/${id}/attachments`, {
        method: "POST",
        body: form,
        headers: { "content-type": null as unknown as string },
      })
    },
    onSuccess: (data) => {
      queryClient.setQueryData(ticketKeys.detail(id), data)
      queryClient.invalidateQueries({ queryKey: ["tickets", "list"] })
    },
  })
}

export const personName = (p?: Person | null) =>
  p ? [p.first_name, p.last_name].filter(Boolean).join(" ") || p.email || p.id : "—"

export const formatDateTime = (value?: string | null) =>
  value ? new Date(value).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "—"

export const formatSize = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`

export const TICKET_CATEGORIES = ["general", "billing", "technical", "account", "sales"] as const
export type TicketCategory = (typeof TICKET_CATEGORIES)[number]

export type NewTicket = {
  customer_id: string
  subject: string
  category: TicketCategory
  priority: TicketPriority
  body: string
}

/** Opens a ticket for a customer (POST /admin/tickets): assigned to the admin, the customer gets the confirmation email. */
export const useCreateTicket = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NewTicket) => sdk.client.fetch<TicketResponse>("/admin/tickets", { method: "POST", body }),
    onSuccess: (data) => {
      queryClient.setQueryData(ticketKeys.detail(data.ticket.id), data)
      queryClient.invalidateQueries({ queryKey: ["tickets", "list"] })
    },
  })
}

export type CustomerChoice = { id: string; email: string; first_name: string | null; last_name: string | null; has_account?: boolean }

/** Customers matching `q` (name or email; Medusa's GET /admin/customers), for the new-ticket picker. */
export const useCustomerSearch = (q: string) =>
  useQuery({
    queryKey: ["customers", "ticket-picker", q],
    queryFn: () =>
      sdk.client.fetch<{ customers: CustomerChoice[] }>("/admin/customers", {
        query: { q, limit: 8, fields: "id,email,first_name,last_name,has_account" },
      }),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
    select: (data) => data.customers,
  })
