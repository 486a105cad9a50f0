import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchTicket } from "../../../utils/tickets"
import type { StoreTicketResponse } from "../../../../types/http"

/** GET /store/tickets/:id — one of the customer's tickets with its thread (never internal notes); 404 otherwise. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreTicketResponse>) => {
  const { assignee_id: _assignee, ...ticket } = await fetchTicket(req.scope, req.params.id, { customerId: req.auth_context.actor_id })
  res.json({ ticket })
}
