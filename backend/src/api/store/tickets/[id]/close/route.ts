import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeTicketWorkflow } from "../../../../../workflows/ticket"
import { fetchTicket } from "../../../../utils/tickets"
import type { StoreTicketResponse } from "../../../../../types/http"

/** POST /store/tickets/:id/close — the customer closes their ticket. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreTicketResponse>) => {
  const customerId = req.auth_context.actor_id
  await changeTicketWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: customerId, change: { action: "close" }, actor: { type: "customer", id: customerId }, asOf: new Date() },
  })
  const { assignee_id: _assignee, ...ticket } = await fetchTicket(req.scope, req.params.id, { customerId })
  res.json({ ticket })
}
