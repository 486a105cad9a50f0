import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replyToTicketWorkflow } from "../../../../../workflows/ticket"
import { fetchTicket } from "../../../../utils/tickets"
import type { StoreReplyToTicketType } from "../../validators"
import type { StoreTicketResponse } from "../../../../../types/http"

/** POST /store/tickets/:id/replies — the customer answers (not on a closed ticket); the ticket is open again. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreReplyToTicketType>, res: MedusaResponse<StoreTicketResponse>) => {
  const customerId = req.auth_context.actor_id
  await replyToTicketWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: customerId, author_type: "customer", author_id: customerId, body: req.validatedBody.body, asOf: new Date() },
  })
  const { assignee_id: _assignee, ...ticket } = await fetchTicket(req.scope, req.params.id, { customerId })
  res.json({ ticket })
}
