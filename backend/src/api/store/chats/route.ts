import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat, listChats } from "../../../lib/chats"
import { postChatMessageWorkflow, startChatWorkflow } from "../../../workflows/chat"
import { postedMessages } from "../../utils/chat-socket"
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
  let posted: Awaited<ReturnType<typeof postedMessages>> | null = null
  if (req.validatedBody.message) {
    const { result } = await postChatMessageWorkflow(req.scope).run({
      input: { chat_id: started.id, customer_id: customerId, author_type: "customer", author_id: customerId, body: req.validatedBody.message, asOf: new Date() },
    })
    posted = await postedMessages(req, result, "store")
  }
  res.status(started.created ? 201 : 200).json({ chat: await fetchChat(req.scope, started.id, "store", customerId), ...(posted ?? {}) })
}
