import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { contentEntry } from "../../../../utils/content"
import type { StoreContentPageResponse } from "../../../../../types/http"

/**
 * GET /store/content/pages/:handle — one published page with `body`, `body_html` and
 * `content_updated_at` ("Last updated"; for `terms`, the version a checkout accepts); 404 otherwise.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreContentPageResponse>) => {
  res.json({ page: await contentEntry(req.scope, "page", { handle: req.params.handle }, req.queryConfig.fields, { published: true }) })
}
