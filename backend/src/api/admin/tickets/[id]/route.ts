import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchTicket } from "../../../utils/tickets"
import { ADMIN_TICKET_EXTRA_FIELDS } from "../query-config"
import type { AdminTicketResponse } from "../../../../types/http"

/** GET /admin/tickets/:id — the ticket, its thread and its internal notes. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminTicketResponse>) => {
  res.json({ ticket: await fetchTicket(req.scope, req.params.id, { withNotes: true, extraFields: ADMIN_TICKET_EXTRA_FIELDS }) })
}
