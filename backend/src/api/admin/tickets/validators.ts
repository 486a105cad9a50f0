import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { TICKET_PRIORITIES, TICKET_SOURCES, TICKET_STATUSES } from "../../../modules/ticket/utils"
import { TICKET_CATEGORIES } from "../../store/tickets/validators"

const oneOrMany = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.array(z.enum(values))]).optional()

export const AdminGetTicketsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    status: oneOrMany(TICKET_STATUSES),
    priority: oneOrMany(TICKET_PRIORITIES),
    source: oneOrMany(TICKET_SOURCES),
    category: z.string().optional(),
    // "unassigned" for tickets nobody owns yet
    assignee_id: z.string().optional(),
    customer_id: z.string().optional(),
    // words in the subject or any message
    q: z.string().trim().max(200).optional(),
  })
)
export type AdminGetTicketsParamsType = z.infer<typeof AdminGetTicketsParams>

const body = z.string().trim().min(1, "Write a message").max(10000)

export const AdminCreateTicket = z
  .object({
    customer_id: z.string().min(1),
    subject: z.string().trim().min(3).max(200),
    category: z.enum(TICKET_CATEGORIES).default("general"),
    priority: z.enum(TICKET_PRIORITIES).default("normal"),
    source: z.enum(TICKET_SOURCES).default("admin"),
    body,
    // null leaves it unassigned; omitted assigns it to the admin who opens it
    assignee_id: z.string().nullable().optional(),
  })
  .strict()
export type AdminCreateTicketType = z.infer<typeof AdminCreateTicket>

export const AdminAssignTicket = z.object({ assignee_id: z.string().min(1).nullable() }).strict()
export type AdminAssignTicketType = z.infer<typeof AdminAssignTicket>

export const AdminSetTicketPriority = z.object({ priority: z.enum(TICKET_PRIORITIES) }).strict()
export type AdminSetTicketPriorityType = z.infer<typeof AdminSetTicketPriority>

export const AdminSetTicketStatus = z.object({ status: z.enum(TICKET_STATUSES), note: z.string().trim().max(2000).optional() }).strict()
export type AdminSetTicketStatusType = z.infer<typeof AdminSetTicketStatus>

export const AdminCreateTicketNote = z.object({ body }).strict()
export type AdminCreateTicketNoteType = z.infer<typeof AdminCreateTicketNote>

export const AdminReplyToTicket = z.object({ body }).strict()
export type AdminReplyToTicketType = z.infer<typeof AdminReplyToTicket>

export const AdminTicketAttachmentsBody = z.object({ body: z.string().trim().max(10000).optional() }).strict()
export type AdminTicketAttachmentsBodyType = z.infer<typeof AdminTicketAttachmentsBody>
