import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteFaqsWorkflow, updateFaqsWorkflow } from "../../../../../workflows/help-center"
import { refetchHelpEntity } from "../../helpers"
import type { AdminUpdateFaqType } from "../../validators"

/** GET /admin/help/faqs/:id */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ faq: await refetchHelpEntity(req.scope, "faq", req.params.id, req.queryConfig.fields) })
}

/** POST /admin/help/faqs/:id — edit, reorder (rank), publish or unpublish. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateFaqType>, res: MedusaResponse) => {
  await updateFaqsWorkflow(req.scope).run({ input: { faqs: [{ id: req.params.id, ...req.validatedBody }] } })
  res.json({ faq: await refetchHelpEntity(req.scope, "faq", req.params.id, req.queryConfig.fields) })
}

/** DELETE /admin/help/faqs/:id */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchHelpEntity(req.scope, "faq", req.params.id, ["id"])
  await deleteFaqsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "faq", deleted: true })
}
