import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeTicketWorkflow } from "../../../../../workflows/ticket"
import { fetchTicket } from "../../../../utils/tickets"
import { ADMIN_TICKET_EXTRA_FIELDS } from "../../query-config"
import type { AdminAssignTicketType } from "../../validators"
import type { AdminTicketResponse } from "../../../../../types/http"

/** POST /admin/tickets/:id/assign — to an admin user, or null to unassign. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAssignTicketType>, res: MedusaResponse<AdminTicketResponse>) => {
  const adminId = req.auth_context.actor_id
  await changeTicketWorkflow(req.scope).run({ input: { id: req.params.id, change: { action: "assign", assignee_id: req.validatedBody.assignee_id }, actor: { type: "admin", id: adminId }, asOf: new Date() } })
  res.json({ ticket: await fetchTicket(req.scope, req.params.id, { withNotes: true, extraFields: ADMIN_TICKET_EXTRA_FIELDS }) })
}
