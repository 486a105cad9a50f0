import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ADMINS_ROOM, chatRoom, customerRoom } from "../../../modules/chat/realtime/server"
import { presentChat, presentMessage } from "../../../modules/chat/present"
import { chatService } from "./service"

export type BroadcastChatStepInput = { chat_id: string; message_ids?: string[]; asOf: Date }

/**
 * Tells connected sockets what changed (on every instance with the Redis
 * adapter): each new message to the chat's room and its customer's room,
 * the chat's new state to its customer and to the admins' inbox. Last step:
 * a message sent cannot be unsent; without a socket server in this process
 * (a worker, a script) nothing is sent and REST still has everything.
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
  const customer = customerRoom(chat.customer_id)
  for (const message of messages) {
    io.emit(customer, "chat:message", { chat_id: chat.id, message: presentMessage(message, "store") })
    // the others in the chat's room are admins: their download links are the admin ones
    io.emit(chatRoom(chat.id), "chat:message", { chat_id: chat.id, message: presentMessage(message, "admin") }, customer)
  }
  const asOf = new Date(input.asOf)
  io.emit(customerRoom(chat.customer_id), "chat:updated", { chat: presentChat(chat, "store", asOf) })
  io.emit(ADMINS_ROOM, "chat:updated", {
    chat: presentChat({ ...chat, last_message: messages.length ? presentMessage(messages[messages.length - 1], "admin") : undefined }, "admin", asOf),
  })
  return new StepResponse({ sent: true })
})
