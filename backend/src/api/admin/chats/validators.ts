import { z } from "@medusajs/framework/zod"
import { CHAT_STATUSES } from "../../../modules/chat/constants"
import { TICKET_PRIORITIES } from "../../../modules/ticket/utils"

export const AdminGetChatsParams = z
  .object({
    // "open" = every status but closed
    status: z.union([z.enum([...CHAT_STATUSES, "open"]), z.array(z.enum([...CHAT_STATUSES, "open"]))]).optional(),
    // "me", "unassigned" or an admin user id
    assigned_to: z.string().trim().min(1).max(100).optional(),
    customer_id: z.string().trim().min(1).max(100).optional(),
    // the customer's email, name, customer id or shopper id, the chat's id or words of its subject
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetChatsParamsType = z.infer<typeof AdminGetChatsParams>

export const AdminPostChatMessage = z.object({ body: z.string().trim().min(1, "Write a message").max(4000) }).strict()
export type AdminPostChatMessageType = z.infer<typeof AdminPostChatMessage>

export const AdminTransferChat = z.object({ user_id: z.string().trim().min(1).max(100) }).strict()
export type AdminTransferChatType = z.infer<typeof AdminTransferChat>

export const AdminConvertChatToTicket = z
  .object({ subject: z.string().trim().min(3).max(200).optional(), priority: z.enum(TICKET_PRIORITIES).optional() })
  .strict()
export type AdminConvertChatToTicketType = z.infer<typeof AdminConvertChatToTicket>

export const AdminEmptyChatBody = z.object({}).strict()
