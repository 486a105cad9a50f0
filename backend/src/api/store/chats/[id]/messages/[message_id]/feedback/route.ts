import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchChat, fetchMessagesById } from "../../../../../../../lib/chats"
import { rateChatAnswerWorkflow } from "../../../../../../../workflows/chat"
import type { StoreChatFeedbackType } from "../../../../validators"
import type { StoreChatFeedbackResponse } from "../../../../../../../types/http"

/** POST /store/chats/:id/messages/:message_id/feedback — "was this helpful?" on a bot answer; two unhelpful in a row bring a person. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreChatFeedbackType>, res: MedusaResponse<StoreChatFeedbackResponse>) => {
  const customerId = req.auth_context.actor_id
  const { result } = await rateChatAnswerWorkflow(req.scope).run({
    input: { chat_id: req.params.id, customer_id: customerId, message_id: req.params.message_id, helpful: req.validatedBody.helpful, asOf: new Date() },
  })
  const [message] = await fetchMessagesById(req.scope, [result.message_id], "store")
  res.json({ message, handed_over: result.handed_over, chat: await fetchChat(req.scope, req.params.id, "store", customerId) })
}
