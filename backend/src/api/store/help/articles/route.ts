import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELP_CENTER_MODULE } from "../../../../modules/help-center"
import type HelpCenterModuleService from "../../../../modules/help-center/service"
import type { StoreGetHelpArticlesParamsType } from "../validators"
import type { StoreHelpArticleListResponse, HelpArticleSummary } from "../../../../types/http"

/**
 * GET /store/help/articles?q=&category= — published articles; with `q`, best
 * match first (title matches above body-only ones), otherwise by title.
 */
export const GET = async (req: MedusaRequest<unknown, StoreGetHelpArticlesParamsType>, res: MedusaResponse<StoreHelpArticleListResponse>) => {
  const service = req.scope.resolve<HelpCenterModuleService>(HELP_CENTER_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, category } = req.validatedQuery
  const limit = req.queryConfig.pagination?.take ?? 20
  const offset = req.queryConfig.pagination?.skip ?? 0
  const { hits, count } = await service.searchArticles(q, { category, published: true, limit, offset })
  const { data } = hits.length
    ? await query.graph({ entity: "help_article", fields: req.queryConfig.fields, filters: { id: hits.map((h) => h.id) } })
    : { data: [] }
  const byId = new Map((data as HelpArticleSummary[]).map((a) => [a.id, a]))
  res.json({
    articles: hits.map((h) => byId.get(h.id)).filter((a) => a !== undefined),
    count,
    offset,
    limit,
  })
}
