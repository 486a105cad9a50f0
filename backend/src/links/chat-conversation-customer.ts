import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ChatModule from "../modules/chat"

/** chat_conversation.customer (read-only: the conversation holds the customer id). */
export default defineLink(
  { linkable: ChatModule.linkable.chatConversation, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
