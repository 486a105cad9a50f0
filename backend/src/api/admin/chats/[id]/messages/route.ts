import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat } from "../../../../../lib/chats"
import { postChatMessageWorkflow } from "../../../../../workflows/chat"
import { postedMessages } from "../../../../utils/chat-socket"
import type { AdminPostChatMessageType } from "../../validators"
import type { AdminChatActionResponse } from "../../../../../types/http"

/** POST /admin/chats/:id/messages — an admin replies; the first reply makes the chat active (and theirs if unassigned). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPostChatMessageType>, res: MedusaResponse<AdminChatActionResponse>) => {
  const { result } = await postChatMessageWorkflow(req.scope).run({
    input: { chat_id: req.params.id, author_type: "admin", author_id: req.auth_context.actor_id, body: req.validatedBody.body, asOf: new Date() },
  })
  res.status(201).json({ ...(await postedMessages(req, result, "admin")), chat: await fetchChat(req.scope, req.params.id, "admin") })
}
