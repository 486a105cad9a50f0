import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replyToTicketWorkflow } from "../../../../../workflows/ticket"
import { fetchTicket } from "../../../../utils/tickets"
import { ADMIN_TICKET_EXTRA_FIELDS } from "../../query-config"
import type { AdminReplyToTicketType } from "../../validators"
import type { AdminTicketResponse } from "../../../../../types/http"

/** POST /admin/tickets/:id/replies — the customer is emailed; the ticket waits on them (pending). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReplyToTicketType>, res: MedusaResponse<AdminTicketResponse>) => {
  const adminId = req.auth_context.actor_id
  await replyToTicketWorkflow(req.scope).run({ input: { id: req.params.id, author_type: "admin", author_id: adminId, body: req.validatedBody.body, asOf: new Date() } })
  res.json({ ticket: await fetchTicket(req.scope, req.params.id, { withNotes: true, extraFields: ADMIN_TICKET_EXTRA_FIELDS }) })
}
