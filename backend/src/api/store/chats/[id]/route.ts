import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat, fetchChatMessages } from "../../../../lib/chats"
import { markChatReadWorkflow } from "../../../../workflows/chat"
import type { StoreChatThread } from "../../../../types/http"

/** GET /store/chats/:id — one of the customer's chats with all its messages (marks them read for the customer); 404 otherwise. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreChatThread>) => {
  const customerId = req.auth_context.actor_id
  // an admin viewing as the customer reads without marking anything read
  if (!(req.auth_context as { impersonation_session_id?: string }).impersonation_session_id) {
    await markChatReadWorkflow(req.scope).run({ input: { chat_id: req.params.id, customer_id: customerId, side: "customer", asOf: new Date() } })
  }
  res.json({
    chat: await fetchChat(req.scope, req.params.id, "store", customerId),
    messages: await fetchChatMessages(req.scope, req.params.id, "store"),
  })
}
