import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendChatAttachment } from "../../../../../utils/chat-socket"

/** GET /admin/chats/:id/attachments/:attachment_id — download a chat's file. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendChatAttachment(req, res, "admin")
}
