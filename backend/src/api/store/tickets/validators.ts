import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { TICKET_PRIORITIES, TICKET_STATUSES } from "../../../modules/ticket/utils"

export const TICKET_CATEGORIES = ["general", "billing", "technical", "account", "sales"] as const

export const StoreGetTicketsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({ status: z.union([z.enum(TICKET_STATUSES), z.array(z.enum(TICKET_STATUSES))]).optional() })
)
export type StoreGetTicketsParamsType = z.infer<typeof StoreGetTicketsParams>

const body = z.string().trim().min(1, "Write a message").max(10000)

export const StoreCreateTicket = z
  .object({
    subject: z.string().trim().min(3).max(200),
    category: z.enum(TICKET_CATEGORIES).default("general"),
    priority: z.enum(TICKET_PRIORITIES).default("normal"),
    body,
  })
  .strict()
export type StoreCreateTicketType = z.infer<typeof StoreCreateTicket>

export const StoreReplyToTicket = z.object({ body }).strict()
export type StoreReplyToTicketType = z.infer<typeof StoreReplyToTicket>

/** multipart fields beside the files: an optional message */
export const StoreTicketAttachmentsBody = z.object({ body: z.string().trim().max(10000).optional() }).strict()
export type StoreTicketAttachmentsBodyType = z.infer<typeof StoreTicketAttachmentsBody>

export const StoreCloseTicket = z.object({}).strict()

export const StoreRateTicket = z
  .object({ rating: z.number().int().min(1).max(5), comment: z.string().trim().max(2000).optional() })
  .strict()
export type StoreRateTicketType = z.infer<typeof StoreRateTicket>
