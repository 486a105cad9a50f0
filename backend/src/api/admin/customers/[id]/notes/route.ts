import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createCustomerNoteWorkflow } from "../../../../../workflows/backoffice"
import type { AdminCreateCustomerNoteType } from "../../validators"

const NOTE_FIELDS = ["id", "customer_id", "author_id", "text", "pinned", "impersonation_session_id", "created_at", "updated_at"]

async function assertCustomer(req: AuthenticatedMedusaRequest<unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${req.params.id} was not found`)
  }
}

/** GET /admin/customers/:id/notes — pinned first, then newest. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertCustomer(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer_note",
    fields: NOTE_FIELDS,
    filters: { customer_id: req.params.id },
    pagination: { order: { pinned: "DESC", created_at: "DESC" } },
  })
  res.json({ notes: data, count: data.length })
}

/** POST /admin/customers/:id/notes — `{ text, pinned?, impersonation_session_id? }`. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCustomerNoteType>, res: MedusaResponse) => {
  await assertCustomer(req)
  const { result } = await createCustomerNoteWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.params.id, author_id: req.auth_context.actor_id },
  })
  res.status(201).json({ note: result })
}
