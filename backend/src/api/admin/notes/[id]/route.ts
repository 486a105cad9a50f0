import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCustomerNoteWorkflow, updateCustomerNoteWorkflow } from "../../../../workflows/backoffice"
import type { AdminUpdateCustomerNoteType } from "../../customers/validators"

/** POST /admin/notes/:id — edit the text or pin it. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCustomerNoteType>, res: MedusaResponse) => {
  const { result } = await updateCustomerNoteWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ note: result })
}

/** DELETE /admin/notes/:id */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteCustomerNoteWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "customer_note", deleted: true })
}
