import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { postChatMessage } from "../../../../../workflows/chat"
import type { StorePostChatMessageType } from "../../validators"

/**
 * POST /store/chats/:id/messages — the customer writes; while the assistant
 * has the chat, `replies` holds its answer (and the handover line, if any).
 */
export const POST = async (req: AuthenticatedMedusaRequest<StorePostChatMessageType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { message, replies } = await postChatMessage(
    req.scope,
    { chat_id: req.params.id, customer_id: customerId, author_type: "customer", author_id: customerId, body: req.validatedBody.body, asOf: new Date() },
    "store"
  )
  res.status(201).json({ message, replies })
}
