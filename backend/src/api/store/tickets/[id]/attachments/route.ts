import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replyToTicketWorkflow } from "../../../../../workflows/ticket"
import { fetchTicket, uploadedFiles } from "../../../../utils/tickets"
import type { StoreTicketAttachmentsBodyType } from "../../validators"
import type { StoreTicketAttachmentsResponse } from "../../../../../types/http"

/**
 * POST /store/tickets/:id/attachments — multipart `files` (PNG, JPEG, GIF,
 * PDF, text; ≤ 5 MB each) and an optional `body`: a reply carrying them.
 * A refused file is a 400 and nothing is stored.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreTicketAttachmentsBodyType>, res: MedusaResponse<StoreTicketAttachmentsResponse>) => {
  const customerId = req.auth_context.actor_id
  const files = uploadedFiles(req)
  const { result } = await replyToTicketWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: customerId, author_type: "customer", author_id: customerId, body: req.validatedBody.body ?? "", files, asOf: new Date() },
  })
  const { assignee_id: _assignee, ...ticket } = await fetchTicket(req.scope, req.params.id, { customerId })
  res.status(201).json({ ticket, message: ticket.messages.find((m: { id: string }) => m.id === result.message_id) })
}
