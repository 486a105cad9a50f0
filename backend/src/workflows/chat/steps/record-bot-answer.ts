import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AssistantAnswer } from "../../../modules/assistant/types"
import { chatService, loadChat, snapshot } from "./service"
import { handOver } from "./hand-over"

export type RecordBotAnswerStepInput = { chat_id: string; answer: AssistantAnswer; asOf: Date }

/**
 * The assistant's answer as a `bot` message with its citations; when it hands
 * over, the chat waits for a person (system line). Compensation deletes the
 * messages and restores the chat.
 */
export const recordBotAnswerStep = createStep(
  "record-bot-answer",
  async (input: RecordBotAnswerStepInput, { container }) => {
    const chat = await loadChat(container, input.chat_id)
    const chats = chatService(container)
    const at = new Date(input.asOf)
    const message = await chats.createChatMessages({
      conversation_id: chat.id,
      author_type: "bot",
      author_id: null,
      author_name: "Assistant",
      body: input.answer.answer,
      attachments: [],
      citations: (input.answer.citations ?? []).map((c) => ({ id: c.id, handle: c.handle, title: c.title })),
      helpful: null,
    })
    await chats.recordActivity(chat.id, { unread: null, at })
    const systemId = input.answer.handover ? await handOver(container, chat, input.answer.handover_reason ?? "low_confidence", at) : null
    const ids = [message.id as string, ...(systemId ? [systemId] : [])]
    return new StepResponse({ message_ids: ids, handed_over: !!systemId }, { before: snapshot(chat), ids })
  },
  async (prior, { container }) => {
    if (prior) {
      const chats = chatService(container)
      await chats.deleteChatMessages(prior.ids)
      await chats.updateChatConversations(prior.before)
    }
  }
)
