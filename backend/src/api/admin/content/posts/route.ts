import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CONTENT_MODULE } from "../../../../modules/content"
import type ContentModuleService from "../../../../modules/content/service"
import { createContentEntriesWorkflow } from "../../../../workflows/content"
import { contentEntry } from "../../../utils/content"
import type { AdminCreateBlogPostType, AdminGetBlogPostsParamsType } from "../validators"
import type { AdminBlogPostListResponse, AdminBlogPostResponse, AdminBlogPost } from "../../../../types/http"

/** GET /admin/content/posts?q=&status=&tag= — drafts included, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetBlogPostsParamsType>, res: MedusaResponse<AdminBlogPostListResponse>) => {
  const content = req.scope.resolve<ContentModuleService>(CONTENT_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status, tag } = req.validatedQuery
  const limit = req.queryConfig.pagination?.take ?? 20
  const offset = req.queryConfig.pagination?.skip ?? 0
  const { ids, count } = await content.listPostIds({ q, status, tag, limit, offset })
  const { data } = ids.length
    ? await query.graph({ entity: "blog_post", fields: req.queryConfig.fields, filters: { id: ids } })
    : { data: [] }
  const byId = new Map((data as AdminBlogPost[]).map((p) => [p.id, p]))
  res.json({ posts: ids.map((id) => byId.get(id)).filter((p) => p !== undefined), count, offset, limit })
}

/** POST /admin/content/posts — a new post (a draft unless `status: "published"`). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBlogPostType>, res: MedusaResponse<AdminBlogPostResponse>) => {
  const { result } = await createContentEntriesWorkflow(req.scope).run({
    input: { kind: "post", entries: [req.validatedBody], asOf: new Date() },
  })
  res.json({ post: await contentEntry(req.scope, "post", { id: result[0].id }, req.queryConfig.fields) })
}
