import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat } from "../../../../../lib/chats"
import { postChatMessage } from "../../../../../workflows/chat"
import type { AdminPostChatMessageType } from "../../validators"

/** POST /admin/chats/:id/messages — an admin replies; the first reply makes the chat active (and theirs if unassigned). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPostChatMessageType>, res: MedusaResponse) => {
  const { message, replies } = await postChatMessage(
    req.scope,
    { chat_id: req.params.id, author_type: "admin", author_id: req.auth_context.actor_id, body: req.validatedBody.body, asOf: new Date() },
    "admin"
  )
  res.status(201).json({ message, replies, chat: await fetchChat(req.scope, req.params.id, "admin") })
}
