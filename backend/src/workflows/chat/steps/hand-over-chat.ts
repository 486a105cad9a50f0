import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { chatService, loadChat, refuseWhenClosed, snapshot } from "./service"
import { handOver, type HandoverReason } from "./hand-over"

export type HandOverChatStepInput = { chat_id: string; customer_id?: string; reason: HandoverReason; asOf: Date }

/**
 * The customer asks for a person (or unhelpful answers add up): a `bot` chat
 * waits for an admin. Already waiting or active: nothing changes. Closed: 400.
 * Compensation removes the system line and restores the chat.
 */
export const handOverChatStep = createStep(
  "hand-over-chat",
  async (input: HandOverChatStepInput, { container }) => {
    const chat = await loadChat(container, input.chat_id, input.customer_id)
    refuseWhenClosed(chat)
    const messageId = await handOver(container, chat, input.reason, new Date(input.asOf))
    return new StepResponse(
      { chat_id: chat.id, handed_over: !!messageId, message_ids: messageId ? [messageId] : [] },
      messageId ? { before: snapshot(chat), message_id: messageId } : null
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
