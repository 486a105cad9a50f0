import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import ChatModule from "../modules/chat"

/** chat_conversation.assigned_user (read-only: the conversation holds the admin user's id). */
export default defineLink(
  { linkable: ChatModule.linkable.chatConversation, field: "assigned_user_id" },
  { linkable: UserModule.linkable.user, alias: "assigned_user" },
  { readOnly: true }
)
