import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeTicketWorkflow } from "../../../../../workflows/ticket"
import { fetchTicket } from "../../../../utils/tickets"
import type { StoreRateTicketType } from "../../validators"
import type { StoreTicketResponse } from "../../../../../types/http"

/** POST /store/tickets/:id/rating — 1–5 stars (and a comment) once the ticket is resolved or closed. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRateTicketType>, res: MedusaResponse<StoreTicketResponse>) => {
  const customerId = req.auth_context.actor_id
  const { rating, comment } = req.validatedBody
  await changeTicketWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: customerId, change: { action: "rate", rating, comment }, actor: { type: "customer", id: customerId }, asOf: new Date() },
  })
  const { assignee_id: _assignee, ...ticket } = await fetchTicket(req.scope, req.params.id, { customerId })
  res.json({ ticket })
}
