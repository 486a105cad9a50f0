import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { UploadedFile } from "../../../lib/attachments"
import {
  addChatMessageStep,
  askAssistantStep,
  recordBotAnswerStep,
  storeChatAttachmentsStep,
} from "../steps"
import { CHAT_HANDED_OVER_EVENT, CHAT_MESSAGE_CREATED_EVENT, CHAT_UPDATED_EVENT } from "./events"

export type PostChatMessageInput = {
  chat_id: string
  /** customer routes pass the customer: someone else's chat is a 404 */
  customer_id?: string
  author_type: "customer" | "admin"
  author_id: string
  body: string
  /** files (base64), checked and stored before the message is written */
  files?: UploadedFile[]
  asOf: Date
}

/**
 * A message from the customer or an admin: the one way a chat message is
 * written (REST routes, the first message of startChatWorkflow). Its write is
 * one atomic statement (addChatMessageStep). While the assistant has the
 * chat, it answers the customer's message at once (a `bot` message with
 * citations) and may hand the chat over to a person (`waiting`, a system
 * line, chat.handed_over). chat.message_created for each new message, then
 * chat.updated: every connected socket hears of it, from whatever process ran
 * this (the chat-realtime subscriber).
 */
export const postChatMessageWorkflow = createWorkflow("post-chat-message", (input: PostChatMessageInput) => {
  const attachments = storeChatAttachmentsStep(
    transform({ input }, ({ input }) => ({ chat_id: input.chat_id, customer_id: input.customer_id, files: input.files ?? [] }))
  )
  const posted = addChatMessageStep(
    transform({ input, attachments }, ({ input, attachments }) => {
      const { files: _files, ...rest } = input
      return { ...rest, attachments }
    })
  )
  const bot = when("chat-assistant-answers", { posted }, ({ posted }) => posted.ask_assistant).then(() => {
    const answer = askAssistantStep(
      transform({ posted, input }, ({ posted, input }) => ({
        chat_id: posted.chat_id,
        message: input.body,
        customer_id: posted.customer_id,
        unhelpful_count: posted.unhelpful_count,
      }))
    )
    return recordBotAnswerStep(transform({ posted, answer, input }, ({ posted, answer, input }) => ({ chat_id: posted.chat_id, answer, asOf: input.asOf })))
  })
  const result = transform({ posted, bot }, ({ posted, bot }) => ({
    chat_id: posted.chat_id,
    message_id: posted.message_id,
    reply_ids: bot?.message_ids ?? [],
    handed_over: !!bot?.handed_over,
  }))
  emitEventStep({
    eventName: CHAT_MESSAGE_CREATED_EVENT,
    data: transform({ result }, ({ result }) =>
      [result.message_id, ...result.reply_ids].map((message_id) => ({ id: result.chat_id, message_id }))
    ),
  }).config({ name: "emit-chat-message-created" })
  when("chat-handed-over-by-assistant", { result }, ({ result }) => result.handed_over).then(() => {
    emitEventStep({ eventName: CHAT_HANDED_OVER_EVENT, data: transform({ result }, ({ result }) => ({ id: result.chat_id })) }).config({
      name: "emit-chat-handed-over",
    })
  })
  emitEventStep({
    eventName: CHAT_UPDATED_EVENT,
    data: transform({ result }, ({ result }) => ({ id: result.chat_id, message_ids: [result.message_id, ...result.reply_ids] })),
  }).config({ name: "emit-chat-updated" })
  return new WorkflowResponse(result)
})
