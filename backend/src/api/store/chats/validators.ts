import { z } from "@medusajs/framework/zod"

const body = z.string().trim().min(1, "Write a message").max(4000)

export const StoreGetChatsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreGetChatsParamsType = z.infer<typeof StoreGetChatsParams>

export const StoreStartChat = z.object({ message: body.optional() }).strict()
export type StoreStartChatType = z.infer<typeof StoreStartChat>

export const StorePostChatMessage = z.object({ body }).strict()
export type StorePostChatMessageType = z.infer<typeof StorePostChatMessage>

export const StoreChatFeedback = z.object({ helpful: z.boolean() }).strict()
export type StoreChatFeedbackType = z.infer<typeof StoreChatFeedback>

/** multipart fields beside the files: an optional message */
export const StoreChatAttachmentsBody = z.object({ body: z.string().trim().max(4000).optional() }).strict()
export type StoreChatAttachmentsBodyType = z.infer<typeof StoreChatAttachmentsBody>

export const StoreEmptyChatBody = z.object({}).strict()
