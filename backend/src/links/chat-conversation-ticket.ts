import { defineLink } from "@medusajs/framework/utils"
import ChatModule from "../modules/chat"
import TicketModule from "../modules/ticket"

/** chat_conversation.ticket (read-only: a chat converted into a ticket holds its id). */
export default defineLink(
  { linkable: ChatModule.linkable.chatConversation, field: "ticket_id" },
  TicketModule.linkable.ticket,
  { readOnly: true }
)
