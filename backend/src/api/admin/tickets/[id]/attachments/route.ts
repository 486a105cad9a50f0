import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replyToTicketWorkflow } from "../../../../../workflows/ticket"
import { fetchTicket, uploadedFiles } from "../../../../utils/tickets"
import { ADMIN_TICKET_EXTRA_FIELDS } from "../../query-config"
import type { AdminTicketAttachmentsBodyType } from "../../validators"
import type { AdminTicketAttachmentsResponse } from "../../../../../types/http"

/** POST /admin/tickets/:id/attachments — multipart `files` and an optional `body`: an admin reply carrying them. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminTicketAttachmentsBodyType>, res: MedusaResponse<AdminTicketAttachmentsResponse>) => {
  const files = uploadedFiles(req)
  const { result } = await replyToTicketWorkflow(req.scope).run({
    input: { id: req.params.id, author_type: "admin", author_id: req.auth_context.actor_id, body: req.validatedBody.body ?? "", files, asOf: new Date() },
  })
  const ticket = await fetchTicket(req.scope, req.params.id, { withNotes: true, extraFields: ADMIN_TICKET_EXTRA_FIELDS })
  res.status(201).json({ ticket, message: ticket.messages.find((m: { id: string }) => m.id === result.message_id) })
}
