import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat } from "../../../../../lib/chats"
import { markChatReadWorkflow } from "../../../../../workflows/chat"
import type { StoreChatResponse } from "../../../../../types/http"

/** POST /store/chats/:id/read — the customer has read the chat: its unread count is 0. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreChatResponse>) => {
  const customerId = req.auth_context.actor_id
  await markChatReadWorkflow(req.scope).run({ input: { chat_id: req.params.id, customer_id: customerId, side: "customer", asOf: new Date() } })
  res.json({ chat: await fetchChat(req.scope, req.params.id, "store", customerId) })
}
