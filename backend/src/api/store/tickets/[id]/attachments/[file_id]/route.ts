import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendTicketAttachment } from "../../../../../utils/tickets"

/** GET /store/tickets/:id/attachments/:file_id — download an attachment of the customer's own ticket (404 otherwise). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendTicketAttachment(req, res, req.auth_context.actor_id)
}
