import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { ChatAttachment } from "../../../modules/chat/constants"
import { authorName, chatService, loadChat, refuseWhenClosed, snapshot } from "./service"

export type AddChatMessageStepInput = {
  chat_id: string
  /** customer routes and sockets pass the customer: someone else's chat is a 404 */
  customer_id?: string
  author_type: "customer" | "admin"
  author_id: string
  body: string
  attachments?: ChatAttachment[]
  asOf: Date
}

/**
 * A customer's or admin's message. Not on a closed chat. The first admin
 * reply makes the chat `active` and theirs if nobody has it. The other
 * side's unread counter goes up. Compensation deletes the message and
 * restores the chat.
 */
export const addChatMessageStep = createStep(
  "add-chat-message",
  async (input: AddChatMessageStepInput, { container }) => {
    const chat = await loadChat(container, input.chat_id, input.customer_id)
    refuseWhenClosed(chat)
    if (!input.body.trim() && !input.attachments?.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Write a message")
    }
    const chats = chatService(container)
    const at = new Date(input.asOf)
    const name = await authorName(container, input.author_type, input.author_id)
    const before = snapshot(chat)
    let status = chat.status
    if (input.author_type === "admin" && (chat.status === "bot" || chat.status === "waiting")) {
      status = "active"
      await chats.updateChatConversations({
        id: chat.id,
        status,
        assigned_user_id: chat.assigned_user_id ?? input.author_id,
        waiting_since: null,
      })
    }
    const message = await chats.createChatMessages({
      conversation_id: chat.id,
      author_type: input.author_type,
      author_id: input.author_id,
      author_name: name,
      body: input.body,
      attachments: (input.attachments ?? []) as unknown as Record<string, unknown>,
    })
    const unread = input.author_type === "customer" ? "admin" : "customer"
    await chats.recordActivity(chat.id, { unread, at })
    return new StepResponse(
      {
        chat_id: chat.id,
        customer_id: chat.customer_id,
        status,
        message_id: message.id as string,
        // while the assistant has the chat, it answers the customer's words
        ask_assistant: input.author_type === "customer" && status === "bot" && !!input.body.trim(),
        unhelpful_count: chat.unhelpful_count,
      },
      { before, message_id: message.id as string, unread, last_message_at: chat.last_message_at }
    )
  },
  async (prior, { container }) => {
    if (prior) {
      const chats = chatService(container)
      await chats.deleteChatMessages(prior.message_id)
      await chats.revertActivity(prior.before.id, { unread: prior.unread as "admin" | "customer", last_message_at: prior.last_message_at })
      await chats.updateChatConversations(prior.before as any)
    }
  }
)
