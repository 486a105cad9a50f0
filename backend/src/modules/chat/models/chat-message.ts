import { model } from "@medusajs/framework/utils"
import type { ChatAttachment, ChatCitation } from "../constants"
import ChatConversation from "./chat-conversation"

/** One line of a chat, in the order written. */
const ChatMessage = model
  .define("chat_message", {
    id: model.id({ prefix: "chatmsg" }).primaryKey(),
    conversation: model.belongsTo(() => ChatConversation, { mappedBy: "messages" }),
    // customer, admin (a person of ours), bot (the assistant) or system (handover, joins, close)
    author_type: model.enum(["customer", "admin", "bot", "system"]),
    // customer id or admin user id; null for bot and system lines
    author_id: model.text().nullable(),
    // the name shown next to the message ("Ada", "Sam from CloudServices", "Assistant")
    author_name: model.text().nullable(),
    body: model.text(),
    // files stored through the File module: [{ id, filename, mime_type, size }]
    attachments: model.json<ChatAttachment[]>().nullable(),
    // bot answers only: help articles used, [{ id, handle, title }]
    citations: model.json<ChatCitation[]>().nullable(),
    // bot answers only: the customer's feedback (null = none given)
    helpful: model.boolean().nullable(),
  })
  .indexes([{ name: "IDX_chat_message_conversation_created", on: ["conversation_id", "created_at"] }])

export default ChatMessage
