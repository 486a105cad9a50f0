import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { ChatAttachment } from "../../../modules/chat/constants"
import type { PostedMessageUndo } from "../../../modules/chat/service"
import { authorName, chatService, loadChat, refuseWhenClosed } from "./service"

export type AddChatMessageStepInput = {
  chat_id: string
  /** customer routes pass the customer: someone else's chat is a 404 */
  customer_id?: string
  author_type: "customer" | "admin"
  author_id: string
  body: string
  attachments?: ChatAttachment[]
  asOf: Date
}

/**
 * A customer's or admin's message, written by the chat module's one atomic
 * statement (`postMessage`): the message, the other side's unread counter,
 * the activity time and — the first admin reply — the chat made `active` and
 * theirs if nobody has it. Not on a closed chat (400) nor on someone else's
 * (404): then nothing is written. Compensation (`unpostMessage`) deletes the
 * message and restores the counter, activity time and state.
 */
export const addChatMessageStep = createStep(
  "add-chat-message",
  async (input: AddChatMessageStepInput, { container }) => {
    if (!input.body.trim() && !input.attachments?.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Write a message")
    }
    const chats = chatService(container)
    const posted = await chats.postMessage({
      chat_id: input.chat_id,
      customer_id: input.customer_id,
      author_type: input.author_type,
      author_id: input.author_id,
      author_name: await authorName(container, input.author_type, input.author_id),
      body: input.body,
      attachments: input.attachments ?? [],
      at: new Date(input.asOf),
    })
    if (!posted) {
      // nothing was written: say why (someone else's or no chat 404, closed 400)
      refuseWhenClosed(await loadChat(container, input.chat_id, input.customer_id))
      throw new MedusaError(MedusaError.Types.CONFLICT, `Chat with id: ${input.chat_id} changed while the message was written: send it again`)
    }
    const { chat } = posted
    return new StepResponse(
      {
        chat_id: chat.id,
        customer_id: chat.customer_id,
        status: chat.status,
        message_id: posted.message_id,
        // while the assistant has the chat, it answers the customer's words
        ask_assistant: input.author_type === "customer" && chat.status === "bot" && !!input.body.trim(),
        unhelpful_count: chat.unhelpful_count,
      },
      posted.undo
    )
  },
  async (undo: PostedMessageUndo | undefined, { container }) => {
    if (undo) {
      await chatService(container).unpostMessage(undo)
    }
  }
)
