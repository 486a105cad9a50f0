import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTicketWorkflow } from "../../../workflows/ticket"
import { fetchTicket, presentTicket, TICKET_FIELDS } from "../../utils/tickets"
import { ticketFilters } from "./helpers"
import { ADMIN_TICKET_EXTRA_FIELDS } from "./query-config"
import type { AdminCreateTicketType, AdminGetTicketsParamsType } from "./validators"
import type { AdminTicketListResponse, AdminTicketResponse } from "../../../types/http"

const CUSTOMER_FIELDS = ADMIN_TICKET_EXTRA_FIELDS.filter((f) => f.startsWith("customer."))

/** GET /admin/tickets — filter by status, priority, source, category, assignee ("unassigned"), customer, q. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetTicketsParamsType>, res: MedusaResponse<AdminTicketListResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters = await ticketFilters(req.scope, req.filterableFields as Record<string, unknown>)
  const { data, metadata } = await query.graph({
    entity: "ticket",
    fields: [...TICKET_FIELDS, ...CUSTOMER_FIELDS],
    filters,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination?.order ?? { last_message_at: "DESC", id: "DESC" } },
  })
  res.json({
    tickets: data.map((t) => presentTicket(t, "admin")),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/** POST /admin/tickets — opens a ticket on behalf of a customer (they get the confirmation email). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateTicketType>, res: MedusaResponse<AdminTicketResponse>) => {
  const adminId = req.auth_context.actor_id
  const { assignee_id, ...body } = req.validatedBody
  const { result } = await createTicketWorkflow(req.scope).run({
    input: { ...body, assignee_id: assignee_id === undefined ? adminId : assignee_id, author_type: "admin", author_id: adminId, asOf: new Date() },
  })
  res.status(201).json({ ticket: await fetchTicket(req.scope, result.id, { withNotes: true, extraFields: ADMIN_TICKET_EXTRA_FIELDS }) })
}
