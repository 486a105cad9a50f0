import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publishedArticle, withHtml } from "../../helpers"

/** GET /store/help/articles/:handle — one published article, markdown and sanitised HTML. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const article = await publishedArticle(req.scope, req.params.handle, req.queryConfig.fields)
  res.json({ article: withHtml(article, "body") })
}
