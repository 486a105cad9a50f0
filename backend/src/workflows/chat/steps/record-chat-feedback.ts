import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { UNHELPFUL_HANDOVER_COUNT } from "../../../modules/chat/constants"
import { chatService, loadChat } from "./service"

export type RecordChatFeedbackStepInput = { chat_id: string; customer_id: string; message_id: string; helpful: boolean }

/**
 * The customer's "helpful?" on a bot answer. Unhelpful answers in a row are
 * counted on the chat (a helpful one starts the count again); the second
 * makes it due for a person. Answering the same way twice counts once.
 * Compensation restores the answer and the counter.
 */
export const recordChatFeedbackStep = createStep(
  "record-chat-feedback",
  async (input: RecordChatFeedbackStepInput, { container }) => {
    const chat = await loadChat(container, input.chat_id, input.customer_id)
    const chats = chatService(container)
    const [message] = await chats.listChatMessages({ id: input.message_id, conversation_id: chat.id })
    if (!message) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Message with id: ${input.message_id} was not found`)
    }
    if (message.author_type !== "bot") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only the assistant's answers take feedback")
    }
    const previous = message.helpful as boolean | null
    let unhelpful = chat.unhelpful_count
    if (previous !== input.helpful) {
      await chats.updateChatMessages({ id: message.id, helpful: input.helpful })
      unhelpful = await chats.adjustUnhelpful(chat.id, input.helpful ? { reset: true } : { delta: 1 })
    }
    return new StepResponse(
      {
        chat_id: chat.id,
        message_id: message.id as string,
        unhelpful_count: unhelpful,
        hand_over: !input.helpful && chat.status === "bot" && unhelpful >= UNHELPFUL_HANDOVER_COUNT,
      },
      previous !== input.helpful ? { chat_id: chat.id, message_id: message.id as string, helpful: previous, unhelpful_count: chat.unhelpful_count } : null
    )
  },
  async (prior, { container }) => {
    if (prior) {
      const chats = chatService(container)
      await chats.updateChatMessages({ id: prior.message_id, helpful: prior.helpful })
      await chats.updateChatConversations({ id: prior.chat_id, unhelpful_count: prior.unhelpful_count })
    }
  }
)
