import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat, fetchMessagesById } from "../../../../../lib/chats"
import { handOverChatWorkflow } from "../../../../../workflows/chat"
import type { StoreChatThread } from "../../../../../types/http"

/** POST /store/chats/:id/handover — the customer asks for a person: the chat waits for an admin. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreChatThread>) => {
  const customerId = req.auth_context.actor_id
  const { result } = await handOverChatWorkflow(req.scope).run({
    input: { chat_id: req.params.id, customer_id: customerId, reason: "requested", asOf: new Date() },
  })
  res.json({
    chat: await fetchChat(req.scope, req.params.id, "store", customerId),
    messages: await fetchMessagesById(req.scope, result.message_ids, "store"),
  })
}
