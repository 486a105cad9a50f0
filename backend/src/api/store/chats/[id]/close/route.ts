import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat } from "../../../../../lib/chats"
import { closeChatWorkflow } from "../../../../../workflows/chat"
import type { StoreChatResponse } from "../../../../../types/http"

/** POST /store/chats/:id/close — the customer ends the chat (a closed chat is a 400). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreChatResponse>) => {
  const customerId = req.auth_context.actor_id
  await closeChatWorkflow(req.scope).run({
    input: { chat_id: req.params.id, customer_id: customerId, actor: { type: "customer", id: customerId }, asOf: new Date() },
  })
  res.json({ chat: await fetchChat(req.scope, req.params.id, "store", customerId) })
}
