import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { TICKET_MODULE } from "../../../modules/ticket"
import type TicketModuleService from "../../../modules/ticket/service"
import { ticketNumber } from "../../../modules/ticket/utils"
import { chatService, loadChat, snapshot } from "./service"

export type CloseChatStepInput = {
  chat_id: string
  /** customer routes pass the customer: someone else's chat is a 404 */
  customer_id?: string
  actor: { type: "customer" | "admin"; id: string }
  /** set when a chat is closed because it became this ticket */
  ticket_id?: string | null
  asOf: Date
}

/**
 * Closes a chat (once: a closed chat is a 400) with a system line; when it
 * became a ticket, links the ticket. Compensation reopens it as it was.
 */
export const closeChatStep = createStep(
  "close-chat",
  async (input: CloseChatStepInput, { container }) => {
    const chat = await loadChat(container, input.chat_id, input.customer_id)
    if (chat.status === "closed") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This chat is already closed")
    }
    const chats = chatService(container)
    const at = new Date(input.asOf)
    const ticket = input.ticket_id
      ? await container.resolve<TicketModuleService>(TICKET_MODULE).retrieveTicket(input.ticket_id, { select: ["id", "display_id"] })
      : null
    await chats.updateChatConversations({
      id: chat.id,
      status: "closed",
      closed_at: at,
      waiting_since: null,
      ...(ticket ? { ticket_id: ticket.id } : {}),
    })
    const body = ticket
      ? `This chat continues as ticket ${ticketNumber(ticket.display_id)}: we'll reply there and by email.`
      : `Chat closed by ${input.actor.type === "customer" ? "you" : "our support team"}.`
    const message = await chats.createChatMessages({
      conversation_id: chat.id,
      author_type: "system",
      author_id: input.actor.id,
      author_name: null,
      body,
      attachments: [],
    })
    await chats.recordActivity(chat.id, { unread: null, at })
    return new StepResponse(
      { chat_id: chat.id, message_ids: [message.id as string] },
      { before: snapshot(chat), message_id: message.id as string }
    )
  },
  async (prior, { container }) => {
    if (prior) {
      const chats = chatService(container)
      await chats.deleteChatMessages(prior.message_id)
      await chats.updateChatConversations(prior.before)
    }
  }
)
