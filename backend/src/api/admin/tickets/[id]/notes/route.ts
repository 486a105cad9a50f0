import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addTicketNoteWorkflow } from "../../../../../workflows/ticket"
import { fetchTicket } from "../../../../utils/tickets"
import { ADMIN_TICKET_EXTRA_FIELDS } from "../../query-config"
import type { AdminCreateTicketNoteType } from "../../validators"
import type { AdminTicketResponse } from "../../../../../types/http"

/** POST /admin/tickets/:id/notes — an internal note the customer never sees. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateTicketNoteType>, res: MedusaResponse<AdminTicketResponse>) => {
  const adminId = req.auth_context.actor_id
  await addTicketNoteWorkflow(req.scope).run({ input: { id: req.params.id, author_id: adminId, body: req.validatedBody.body } })
  res.json({ ticket: await fetchTicket(req.scope, req.params.id, { withNotes: true, extraFields: ADMIN_TICKET_EXTRA_FIELDS }) })
}
