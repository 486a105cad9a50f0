import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELP_CENTER_MODULE } from "../../../../modules/help-center"
import type HelpCenterModuleService from "../../../../modules/help-center/service"
import { createHelpArticlesWorkflow } from "../../../../workflows/help-center"
import { refetchHelpEntity } from "../helpers"
import type { AdminCreateHelpArticleType, AdminGetHelpArticlesParamsType } from "../validators"
import type { AdminHelpArticleListResponse, AdminHelpArticleResponse, AdminHelpArticle } from "../../../../types/http"

/** GET /admin/help/articles?q=&category=&published= — drafts included; with `q`, best match first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetHelpArticlesParamsType>, res: MedusaResponse<AdminHelpArticleListResponse>) => {
  const service = req.scope.resolve<HelpCenterModuleService>(HELP_CENTER_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, category, published } = req.validatedQuery
  const limit = req.queryConfig.pagination?.take ?? 20
  const offset = req.queryConfig.pagination?.skip ?? 0
  const { hits, count } = await service.searchArticles(q, { category, published, limit, offset })
  const { data } = hits.length
    ? await query.graph({ entity: "help_article", fields: req.queryConfig.fields, filters: { id: hits.map((h) => h.id) } })
    : { data: [] }
  const byId = new Map((data as AdminHelpArticle[]).map((a) => [a.id, a]))
  res.json({ articles: hits.map((h) => byId.get(h.id)).filter((a) => a !== undefined), count, offset, limit })
}

/** POST /admin/help/articles — a new article (a draft unless `published: true`). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateHelpArticleType>, res: MedusaResponse<AdminHelpArticleResponse>) => {
  const { result } = await createHelpArticlesWorkflow(req.scope).run({ input: { articles: [req.validatedBody] } })
  res.json({ article: await refetchHelpEntity(req.scope, "help_article", result[0].id, req.queryConfig.fields) })
}
