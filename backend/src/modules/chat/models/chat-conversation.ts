import { model } from "@medusajs/framework/utils"
import ChatMessage from "./chat-message"

/**
 * A live chat between a signed-in customer and the assistant, then a person.
 * Unread counts are counters kept on the row (raised when a message is
 * written, reset when read), so inbox lists need no query per row.
 */
const ChatConversation = model
  .define("chat_conversation", {
    id: model.id({ prefix: "chat" }).primaryKey(),
    customer_id: model.text().index("IDX_chat_conversation_customer_id"),
    // bot: the assistant answers; waiting: handed over, no admin yet; active: an admin has it; closed
    status: model.enum(["bot", "waiting", "active", "closed"]).default("bot").index("IDX_chat_conversation_status"),
    // the admin user handling it
    assigned_user_id: model.text().index("IDX_chat_conversation_assigned_user_id").nullable(),
    subject: model.text().nullable(),
    // the ticket this chat was converted into
    ticket_id: model.text().index("IDX_chat_conversation_ticket_id").nullable(),
    // consecutive bot answers the customer marked unhelpful (2 hand the chat over)
    unhelpful_count: model.number().default(0),
    // messages from our side (admins) the customer has not read yet
    customer_unread_count: model.number().default(0),
    // customer messages no admin has read yet
    admin_unread_count: model.number().default(0),
    last_message_at: model.dateTime().index("IDX_chat_conversation_last_message_at").nullable(),
    // when it was handed over to a person (the inbox shows the wait)
    waiting_since: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    messages: model.hasMany(() => ChatMessage, { mappedBy: "conversation" }),
  })
  .indexes([
    // a customer has at most one open chat
    {
      name: "IDX_chat_conversation_open_per_customer",
      on: ["customer_id"],
      unique: true,
      where: "status != 'closed' AND deleted_at IS NULL",
    },
  ])
  .cascades({ delete: ["messages"] })

export default ChatConversation
