import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendTicketAttachment } from "../../../../../utils/tickets"

/** GET /admin/tickets/:id/attachments/:file_id — download an attachment (as a file, never inline). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendTicketAttachment(req, res)
}
