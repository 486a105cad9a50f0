import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat } from "../../../../../lib/chats"
import { closeChatWorkflow } from "../../../../../workflows/chat"
import type { AdminChatActionResponse } from "../../../../../types/http"

/** POST /admin/chats/:id/close — an admin ends the chat (a closed chat is a 400). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminChatActionResponse>) => {
  await closeChatWorkflow(req.scope).run({
    input: { chat_id: req.params.id, actor: { type: "admin", id: req.auth_context.actor_id }, asOf: new Date() },
  })
  res.json({ chat: await fetchChat(req.scope, req.params.id, "admin") })
}
