import type { CustomerSummary, ListResponse } from "./common"

export type TicketStatus = "open" | "pending" | "on_hold" | "resolved" | "closed"
export type TicketPriority = "low" | "normal" | "high" | "urgent"
export type TicketSource = "portal" | "chat" | "email" | "admin"

/** A file on a message, with the download path of the caller's side. */
export type TicketAttachment = { file_id: string; name: string; mime: string; size: number; url: string }

export type TicketMessage = {
  id: string
  author_type: "customer" | "admin" | "system"
  author_id: string | null
  body: string
  attachments: TicketAttachment[]
  created_at: string
}

/** An internal note: only the admin API shows them. */
export type TicketNote = { id: string; author_id: string; body: string; created_at: string }

/** A ticket as both APIs show it (`presentTicket` in `api/utils/tickets.ts`); `messages` on one ticket, oldest first. */
export type Ticket = {
  id: string
  /** TCK-10042 */
  number: string
  customer_id: string
  subject: string
  category: string
  priority: TicketPriority
  status: TicketStatus
  source: TicketSource
  rating: number | null
  rating_comment: string | null
  closed_at: string | null
  last_message_at: string | null
  created_at: string
  messages?: TicketMessage[]
}

// ---- store: GET|POST /store/tickets[/:id[/…]] (never internal notes)

export type StoreTicket = Ticket
export type StoreTicketListResponse = ListResponse<"tickets", StoreTicket>
export type StoreTicketResponse = { ticket: StoreTicket }
/** `POST /store/tickets/:id/attachments`: the ticket and the reply that carries the files. */
export type StoreTicketAttachmentsResponse = StoreTicketResponse & { message?: TicketMessage }

// ---- admin: GET|POST /admin/tickets[/:id[/…]]

export type AdminTicket = Ticket & {
  assignee_id: string | null
  customer?: CustomerSummary | null
  assignee?: CustomerSummary | null
  notes?: TicketNote[]
}
export type AdminTicketListResponse = ListResponse<"tickets", AdminTicket>
export type AdminTicketResponse = { ticket: AdminTicket }
export type AdminTicketAttachmentsResponse = AdminTicketResponse & { message?: TicketMessage }
