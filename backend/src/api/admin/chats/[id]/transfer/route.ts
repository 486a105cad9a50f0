import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat } from "../../../../../lib/chats"
import { assignChatWorkflow } from "../../../../../workflows/chat"
import type { AdminTransferChatType } from "../../validators"
import type { AdminChatActionResponse } from "../../../../../types/http"

/** POST /admin/chats/:id/transfer — hands the chat to another admin (an unknown user is a 400). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminTransferChatType>, res: MedusaResponse<AdminChatActionResponse>) => {
  await assignChatWorkflow(req.scope).run({
    input: { chat_id: req.params.id, action: "transfer", user_id: req.validatedBody.user_id, by_user_id: req.auth_context.actor_id, asOf: new Date() },
  })
  res.json({ chat: await fetchChat(req.scope, req.params.id, "admin") })
}
