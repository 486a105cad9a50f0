import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteContentEntriesWorkflow, updateContentEntriesWorkflow } from "../../../../../workflows/content"
import { contentEntry } from "../../../../utils/content"
import type { AdminUpdateBlogPostType } from "../../validators"
import type { AdminBlogPostResponse } from "../../../../../types/http"

/** GET /admin/content/posts/:id — one post (drafts too) with its rendered `body_html`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminBlogPostResponse>) => {
  res.json({ post: await contentEntry(req.scope, "post", { id: req.params.id }, req.queryConfig.fields) })
}

/** POST /admin/content/posts/:id — edit, publish (`status: "published"`) or unpublish. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBlogPostType>, res: MedusaResponse<AdminBlogPostResponse>) => {
  await updateContentEntriesWorkflow(req.scope).run({
    input: { kind: "post", entries: [{ id: req.params.id, ...req.validatedBody }], asOf: new Date() },
  })
  res.json({ post: await contentEntry(req.scope, "post", { id: req.params.id }, req.queryConfig.fields) })
}

/** DELETE /admin/content/posts/:id */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteContentEntriesWorkflow(req.scope).run({ input: { kind: "post", ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "blog_post", deleted: true })
}
