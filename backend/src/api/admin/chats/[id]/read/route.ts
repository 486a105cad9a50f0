import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat } from "../../../../../lib/chats"
import { markChatReadWorkflow } from "../../../../../workflows/chat"
import type { AdminChatActionResponse } from "../../../../../types/http"

/** POST /admin/chats/:id/read — our side has read the chat: its admin unread count is 0. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminChatActionResponse>) => {
  await markChatReadWorkflow(req.scope).run({ input: { chat_id: req.params.id, side: "admin", asOf: new Date() } })
  res.json({ chat: await fetchChat(req.scope, req.params.id, "admin") })
}
