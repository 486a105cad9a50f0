import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { contentEntry } from "../../../../utils/content"
import type { StoreBlogPostResponse } from "../../../../../types/http"

/** GET /store/content/posts/:handle — one published post with `body` and sanitised `body_html`; 404 for drafts. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreBlogPostResponse>) => {
  res.json({ post: await contentEntry(req.scope, "post", { handle: req.params.handle }, req.queryConfig.fields, { published: true }) })
}
