import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { postChatMessageWorkflow } from "../../../../../workflows/chat"
import { postedMessages } from "../../../../utils/chat-socket"
import { uploadedFiles } from "../../../../utils/tickets"
import type { StoreChatAttachmentsBodyType } from "../../validators"
import type { ChatPostedMessages } from "../../../../../types/http"

/**
 * POST /store/chats/:id/attachments — multipart `files` (PNG, JPEG, GIF, PDF,
 * text; ≤ 5 MB each, ≤ 5) and an optional `body`: a message carrying them.
 * A refused file is a 400 and nothing is stored.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreChatAttachmentsBodyType>, res: MedusaResponse<ChatPostedMessages>) => {
  const customerId = req.auth_context.actor_id
  const files = uploadedFiles(req)
  const { result } = await postChatMessageWorkflow(req.scope).run({
    input: {
      chat_id: req.params.id,
      customer_id: customerId,
      author_type: "customer",
      author_id: customerId,
      body: req.validatedBody.body ?? "",
      files,
      asOf: new Date(),
    },
  })
  res.status(201).json(await postedMessages(req, result, "store"))
}
