import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat, listChats } from "../../../lib/chats"
import { postChatMessage, startChatWorkflow } from "../../../workflows/chat"
import type { StoreGetChatsParamsType, StoreStartChatType } from "./validators"

/** GET /store/chats — the customer's own chats, latest activity first, each with its last message and unread count. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetChatsParamsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as StoreGetChatsParamsType
  res.json(await listChats(req.scope, "store", { customer_id: req.auth_context.actor_id }, { limit, offset }))
}

/**
 * POST /store/chats — the customer's open chat, or a new one (the assistant
 * answers first); `message` is posted into it as with /messages.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreStartChatType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { result: started } = await startChatWorkflow(req.scope).run({ input: { customer_id: customerId, asOf: new Date() } })
  let posted: { message: unknown; replies: unknown[] } | null = null
  if (req.validatedBody.message) {
    const { message, replies } = await postChatMessage(
      req.scope,
      { chat_id: started.id, customer_id: customerId, author_type: "customer", author_id: customerId, body: req.validatedBody.message, asOf: new Date() },
      "store"
    )
    posted = { message, replies }
  }
  res.status(started.created ? 201 : 200).json({ chat: await fetchChat(req.scope, started.id, "store", customerId), ...(posted ?? {}) })
}
