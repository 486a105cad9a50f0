import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { contentEntry } from "../../../../utils/content"
import type { StoreResourceResponse } from "../../../../../types/http"

/** GET /store/content/resources/:handle — one published resource (a guide's `body` and `body_html`); 404 for drafts. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreResourceResponse>) => {
  res.json({
    resource: await contentEntry(req.scope, "resource", { handle: req.params.handle }, req.queryConfig.fields, { published: true }),
  })
}
