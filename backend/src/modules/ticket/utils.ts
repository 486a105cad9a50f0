export const TICKET_STATUSES = ["open", "pending", "on_hold", "resolved", "closed"] as const
export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const
export const TICKET_SOURCES = ["portal", "chat", "email", "admin", "contact"] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]
export type TicketPriority = (typeof TICKET_PRIORITIES)[number]
export type TicketSource = (typeof TICKET_SOURCES)[number]

export type TicketAttachment = { file_id: string; name: string; mime: string; size: number; url?: string }

/** The human number of a ticket: TKT-100045 for display_id 45. */
export function ticketNumber(displayId: number | string): string {
  return `TKT-${100000 + Number(displayId)}`
}
