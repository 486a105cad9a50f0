import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { chatService, loadChat } from "./service"

export type MarkChatReadStepInput = { chat_id: string; customer_id?: string; side: "customer" | "admin" }

/** The reader's side has read everything: its unread counter goes to 0. Compensation puts the count back. */
export const markChatReadStep = createStep(
  "mark-chat-read",
  async (input: MarkChatReadStepInput, { container }) => {
    const chat = await loadChat(container, input.chat_id, input.customer_id)
    const field = input.side === "customer" ? "customer_unread_count" : "admin_unread_count"
    const before = chat[field]
    if (before) {
      await chatService(container).updateChatConversations({ id: chat.id, [field]: 0 })
    }
    return new StepResponse({ chat_id: chat.id, changed: before > 0 }, before ? { id: chat.id, field, before } : null)
  },
  async (prior, { container }) => {
    if (prior) {
      await chatService(container).updateChatConversations({ id: prior.id, [prior.field]: prior.before })
    }
  }
)
