import { presentChat, presentMessage } from "../present"
import type { ChatPublisher } from "./publisher"
import { ADMINS_ROOM, chatRoom, customerRoom } from "./rooms"

/**
 * Tells sockets what changed: each new message to the chat's customer room
 * (store links) and to the chat's room minus the customer (admins, admin
 * links); then the chat's new state to its customer and to the admins' inbox
 * (with the last new message). `chat` is the conversation after the write,
 * `messages` the new ones, oldest first.
 */
export function broadcastChatChange(publisher: ChatPublisher, chat: Record<string, any>, messages: Record<string, any>[], asOf: Date) {
  const customer = customerRoom(chat.customer_id)
  for (const message of messages) {
    publisher.emit(customer, "chat:message", { chat_id: chat.id, message: presentMessage(message, "store") })
    // the others in the chat's room are admins: their download links are the admin ones
    publisher.emit(chatRoom(chat.id), "chat:message", { chat_id: chat.id, message: presentMessage(message, "admin") }, customer)
  }
  publisher.emit(customer, "chat:updated", { chat: presentChat(chat, "store", asOf) })
  publisher.emit(ADMINS_ROOM, "chat:updated", {
    chat: presentChat({ ...chat, last_message: messages.length ? presentMessage(messages[messages.length - 1], "admin") : undefined }, "admin", asOf),
  })
}
