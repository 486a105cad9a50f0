import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat, fetchChatMessages } from "../../../../lib/chats"
import type { AdminChatDetailResponse } from "../../../../types/http"

/** GET /admin/chats/:id — the chat (with customer, assignee, ticket), all its messages and the customer. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminChatDetailResponse>) => {
  const chat = await fetchChat(req.scope, req.params.id, "admin")
  res.json({ chat, messages: await fetchChatMessages(req.scope, req.params.id, "admin"), customer: chat.customer ?? null })
}
