import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteHelpArticlesWorkflow, updateHelpArticlesWorkflow } from "../../../../../workflows/help-center"
import { refetchHelpEntity } from "../../helpers"
import type { AdminUpdateHelpArticleType } from "../../validators"
import type { AdminHelpArticleResponse } from "../../../../../types/http"

/** GET /admin/help/articles/:id — one article (drafts too) with its rendered HTML. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminHelpArticleResponse>) => {
  res.json({ article: await refetchHelpEntity(req.scope, "help_article", req.params.id, req.queryConfig.fields) })
}

/** POST /admin/help/articles/:id — edit, publish or unpublish. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateHelpArticleType>, res: MedusaResponse<AdminHelpArticleResponse>) => {
  await updateHelpArticlesWorkflow(req.scope).run({ input: { articles: [{ id: req.params.id, ...req.validatedBody }] } })
  res.json({ article: await refetchHelpEntity(req.scope, "help_article", req.params.id, req.queryConfig.fields) })
}

/** DELETE /admin/help/articles/:id */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchHelpEntity(req.scope, "help_article", req.params.id, ["id"])
  await deleteHelpArticlesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "help_article", deleted: true })
}
