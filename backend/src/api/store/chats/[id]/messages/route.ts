import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { postChatMessageWorkflow } from "../../../../../workflows/chat"
import { postedMessages } from "../../../../utils/chat-socket"
import type { StorePostChatMessageType } from "../../validators"
import type { ChatPostedMessages } from "../../../../../types/http"

/**
 * POST /store/chats/:id/messages — the customer writes; while the assistant
 * has the chat, `replies` holds its answer (and the handover line, if any).
 */
export const POST = async (req: AuthenticatedMedusaRequest<StorePostChatMessageType>, res: MedusaResponse<ChatPostedMessages>) => {
  const customerId = req.auth_context.actor_id
  const { result } = await postChatMessageWorkflow(req.scope).run({
    input: { chat_id: req.params.id, customer_id: customerId, author_type: "customer", author_id: customerId, body: req.validatedBody.body, asOf: new Date() },
  })
  res.status(201).json(await postedMessages(req, result, "store"))
}
