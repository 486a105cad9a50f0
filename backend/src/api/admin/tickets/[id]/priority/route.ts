import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeTicketWorkflow } from "../../../../../workflows/ticket"
import { fetchTicket } from "../../../../utils/tickets"
import { ADMIN_TICKET_EXTRA_FIELDS } from "../../query-config"
import type { AdminSetTicketPriorityType } from "../../validators"
import type { AdminTicketResponse } from "../../../../../types/http"

/** POST /admin/tickets/:id/priority — low, normal, high or urgent. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetTicketPriorityType>, res: MedusaResponse<AdminTicketResponse>) => {
  const adminId = req.auth_context.actor_id
  await changeTicketWorkflow(req.scope).run({ input: { id: req.params.id, change: { action: "priority", priority: req.validatedBody.priority }, actor: { type: "admin", id: adminId }, asOf: new Date() } })
  res.json({ ticket: await fetchTicket(req.scope, req.params.id, { withNotes: true, extraFields: ADMIN_TICKET_EXTRA_FIELDS }) })
}
