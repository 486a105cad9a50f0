import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { broadcastChatChange } from "../../../modules/chat/realtime/broadcast"
import { chatService } from "./service"

export type BroadcastChatStepInput = { chat_id: string; message_ids?: string[]; asOf: Date }

/**
 * Tells connected sockets what changed (broadcastChatChange: each new
 * message to the chat's room and its customer's room, the chat's new state
 * to its customer and to the admins' inbox). Last step: a message sent
 * cannot be unsent; without a socket server in this process (a worker, a
 * script) nothing is sent and REST still has everything.
 */
export const broadcastChatStep = createStep("broadcast-chat", async (input: BroadcastChatStepInput, { container }) => {
  const chats = chatService(container)
  const io = chats.socketServer
  if (!io) {
    return new StepResponse({ sent: false })
  }
  const ids = input.message_ids ?? []
  const [chat, messages] = await Promise.all([
    chats.retrieveChatConversation(input.chat_id),
    ids.length ? chats.listChatMessages({ id: ids }, { order: { created_at: "ASC", id: "ASC" } }) : Promise.resolve([]),
  ])
  broadcastChatChange(io, chat, messages, new Date(input.asOf))
  return new StepResponse({ sent: true })
})
