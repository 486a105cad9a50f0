import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CONTENT_MODULE } from "../../../../modules/content"
import type ContentModuleService from "../../../../modules/content/service"
import type { StoreGetBlogPostsParamsType } from "../validators"
import type { StoreBlogPostListResponse, BlogPostSummary } from "../../../../types/http"

/** GET /store/content/posts?tag=&limit=&offset= — published posts, newest first. */
export const GET = async (req: MedusaRequest<unknown, StoreGetBlogPostsParamsType>, res: MedusaResponse<StoreBlogPostListResponse>) => {
  const content = req.scope.resolve<ContentModuleService>(CONTENT_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const limit = req.queryConfig.pagination?.take ?? 10
  const offset = req.queryConfig.pagination?.skip ?? 0
  const { ids, count } = await content.listPostIds({ tag: req.validatedQuery.tag, status: "published", limit, offset })
  const { data } = ids.length
    ? await query.graph({ entity: "blog_post", fields: req.queryConfig.fields, filters: { id: ids } })
    : { data: [] }
  const byId = new Map((data as BlogPostSummary[]).map((p) => [p.id, p]))
  res.json({ posts: ids.map((id) => byId.get(id)).filter((p) => p !== undefined), count, offset, limit })
}
