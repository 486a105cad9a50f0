import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat } from "../../../../../lib/chats"
import { assignChatWorkflow } from "../../../../../workflows/chat"
import type { AdminChatActionResponse } from "../../../../../types/http"

/** POST /admin/chats/:id/take — the admin takes the chat: it is active and theirs. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminChatActionResponse>) => {
  const me = req.auth_context.actor_id
  await assignChatWorkflow(req.scope).run({ input: { chat_id: req.params.id, action: "take", user_id: me, by_user_id: me, asOf: new Date() } })
  res.json({ chat: await fetchChat(req.scope, req.params.id, "admin") })
}
