import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { authorName, chatService, loadChat, refuseWhenClosed, snapshot } from "./service"

export type AssignChatStepInput = {
  chat_id: string
  /** take: the admin takes the chat; transfer: hands it to `user_id` */
  action: "take" | "transfer"
  user_id: string
  by_user_id: string
  asOf: Date
}

/**
 * An admin takes a chat (it becomes `active` and theirs) or transfers it to
 * another admin (who then has it; the status stays). A system line tells the
 * customer who has their chat. Compensation restores the chat and removes
 * the line.
 */
export const assignChatStep = createStep(
  "assign-chat",
  async (input: AssignChatStepInput, { container }) => {
    const chat = await loadChat(container, input.chat_id)
    refuseWhenClosed(chat)
    if (input.action === "take" && chat.assigned_user_id === input.user_id && chat.status === "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You already have this chat")
    }
    if (input.action === "transfer" && chat.assigned_user_id === input.user_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The chat is already assigned to this admin")
    }
    const name = await authorName(container, "admin", input.user_id)
    const by = input.action === "transfer" ? await authorName(container, "admin", input.by_user_id) : name
    const chats = chatService(container)
    const at = new Date(input.asOf)
    const status = input.action === "take" ? "active" : chat.status
    await chats.updateChatConversations({
      id: chat.id,
      assigned_user_id: input.user_id,
      status,
      waiting_since: status === "active" ? null : chat.waiting_since,
    })
    const message = await chats.createChatMessages({
      conversation_id: chat.id,
      author_type: "system",
      author_id: input.by_user_id,
      author_name: null,
      body: input.action === "take" ? `${name} joined the chat.` : `${by} passed this chat to ${name}.`,
      attachments: [],
    })
    await chats.recordActivity(chat.id, { unread: null, at })
    return new StepResponse(
      { chat_id: chat.id, message_ids: [message.id as string] },
      { before: snapshot(chat), message_id: message.id as string }
    )
  },
  async (prior, { container }) => {
    if (prior) {
      const chats = chatService(container)
      await chats.deleteChatMessages(prior.message_id)
      await chats.updateChatConversations(prior.before)
    }
  }
)
