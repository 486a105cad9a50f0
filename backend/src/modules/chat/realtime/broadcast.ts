import { presentChat, presentMessage } from "../present"
import { ADMINS_ROOM, chatRoom, customerRoom, type ChatSocketServer } from "./server"

/**
 * Tells connected sockets what changed (on every instance with the Redis
 * adapter): each new message to the chat's customer room (store links) and
 * to the chat's room minus the customer (admins, admin links); the chat's
 * new state to its customer and to the admins' inbox (with the last new
 * message). `chat` is the conversation after the write, `messages` the new
 * ones, oldest first. Used by the workflows' broadcast step (which reads
 * them back) and by the lean message path (which has them in memory).
 */
export function broadcastChatChange(io: ChatSocketServer, chat: Record<string, any>, messages: Record<string, any>[], asOf: Date) {
  const customer = customerRoom(chat.customer_id)
  for (const message of messages) {
    io.emit(customer, "chat:message", { chat_id: chat.id, message: presentMessage(message, "store") })
    // the others in the chat's room are admins: their download links are the admin ones
    io.emit(chatRoom(chat.id), "chat:message", { chat_id: chat.id, message: presentMessage(message, "admin") }, customer)
  }
  io.emit(customer, "chat:updated", { chat: presentChat(chat, "store", asOf) })
  io.emit(ADMINS_ROOM, "chat:updated", {
    chat: presentChat({ ...chat, last_message: messages.length ? presentMessage(messages[messages.length - 1], "admin") : undefined }, "admin", asOf),
  })
}
