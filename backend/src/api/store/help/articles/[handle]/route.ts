import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publishedArticle, withHtml } from "../../helpers"
import type { StoreHelpArticleResponse, StoreHelpArticle } from "../../../../../types/http"

/** GET /store/help/articles/:handle — one published article, markdown and sanitised HTML. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreHelpArticleResponse>) => {
  const article = await publishedArticle<StoreHelpArticle>(req.scope, req.params.handle, req.queryConfig.fields)
  res.json({ article: withHtml(article, "body") })
}
