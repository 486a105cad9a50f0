import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendChatAttachment } from "../../../../../utils/chat-socket"

/** GET /store/chats/:id/attachments/:attachment_id — download a file of the customer's own chat (404 otherwise). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendChatAttachment(req, res, "store")
}
