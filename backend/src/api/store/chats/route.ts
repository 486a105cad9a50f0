import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat, fetchMessagesById, listChats } from "../../../lib/chats"
import { startChatWorkflow } from "../../../workflows/chat"
import type { StoreGetChatsParamsType, StoreStartChatType } from "./validators"
import type { StoreChatListResponse, StoreStartChatResponse } from "../../../types/http"

/** GET /store/chats — the customer's own chats, latest activity first, each with its last message and unread count. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetChatsParamsType>, res: MedusaResponse<StoreChatListResponse>) => {
  const { limit, offset } = req.validatedQuery as StoreGetChatsParamsType
  res.json(await listChats(req.scope, "store", { customer_id: req.auth_context.actor_id }, { limit, offset }))
}

/**
 * POST /store/chats — the customer's open chat, or a new one (the assistant
 * answers first); `message` is posted into it as with /messages, in the same
 * workflow (a refused message leaves no empty chat).
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreStartChatType>, res: MedusaResponse<StoreStartChatResponse>) => {
  const customerId = req.auth_context.actor_id
  const { result } = await startChatWorkflow(req.scope).run({
    input: { customer_id: customerId, message: req.validatedBody.message, asOf: new Date() },
  })
  const [message, ...replies] = result.message_id ? await fetchMessagesById(req.scope, [result.message_id, ...result.reply_ids], "store") : []
  res.status(result.created ? 201 : 200).json({ chat: await fetchChat(req.scope, result.id, "store", customerId), ...(message ? { message, replies } : {}) })
}
