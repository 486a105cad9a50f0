import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTicketWorkflow } from "../../../workflows/ticket"
import { fetchTicket, presentTicket, TICKET_FIELDS } from "../../utils/tickets"
import type { StoreCreateTicketType, StoreGetTicketsParamsType } from "./validators"
import type { StoreTicketListResponse, StoreTicketResponse } from "../../../types/http"

/** GET /store/tickets — the customer's own tickets, latest activity first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetTicketsParamsType>, res: MedusaResponse<StoreTicketListResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "ticket",
    fields: TICKET_FIELDS.filter((f) => f !== "assignee_id"),
    filters: { ...req.filterableFields, customer_id: req.auth_context.actor_id },
    pagination: { ...req.queryConfig.pagination, order: { last_message_at: "DESC", id: "DESC" } },
  })
  res.json({
    tickets: data.map((t) => presentTicket(t, "store")),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/** POST /store/tickets — opens a ticket; the customer gets a confirmation email with its number. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateTicketType>, res: MedusaResponse<StoreTicketResponse>) => {
  const customerId = req.auth_context.actor_id
  const { result } = await createTicketWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: customerId, source: "portal", author_type: "customer", author_id: customerId, asOf: new Date() },
  })
  res.status(201).json({ ticket: await fetchTicket(req.scope, result.id, { customerId }) })
}
