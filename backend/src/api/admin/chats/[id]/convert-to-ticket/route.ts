import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat } from "../../../../../lib/chats"
import { convertChatToTicketWorkflow } from "../../../../../workflows/chat"
import { fetchTicket } from "../../../../utils/tickets"
import type { AdminConvertChatToTicketType } from "../../validators"
import type { AdminChatActionResponse } from "../../../../../types/http"

/**
 * POST /admin/chats/:id/convert-to-ticket — a ticket (source chat) with the
 * transcript, linked to the chat, confirmed to the customer by email; the
 * chat is closed.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminConvertChatToTicketType>, res: MedusaResponse<AdminChatActionResponse>) => {
  const { result } = await convertChatToTicketWorkflow(req.scope).run({
    input: { chat_id: req.params.id, user_id: req.auth_context.actor_id, ...req.validatedBody, asOf: new Date() },
  })
  res.status(201).json({
    chat: await fetchChat(req.scope, req.params.id, "admin"),
    ticket: await fetchTicket(req.scope, result.ticket_id, { withNotes: true }),
  })
}
