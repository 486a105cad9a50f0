import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteContentEntriesWorkflow, updateContentEntriesWorkflow } from "../../../../../workflows/content"
import { contentEntry } from "../../../../utils/content"
import type { AdminUpdateContentPageType } from "../../validators"
import type { AdminContentPageResponse } from "../../../../../types/http"

/** GET /admin/content/pages/:id — one page (drafts too) with its rendered `body_html`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminContentPageResponse>) => {
  res.json({ page: await contentEntry(req.scope, "page", { id: req.params.id }, req.queryConfig.fields) })
}

/** POST /admin/content/pages/:id — edit, publish (`status: "published"`) or unpublish. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateContentPageType>, res: MedusaResponse<AdminContentPageResponse>) => {
  await updateContentEntriesWorkflow(req.scope).run({
    input: { kind: "page", entries: [{ id: req.params.id, ...req.validatedBody }], asOf: new Date() },
  })
  res.json({ page: await contentEntry(req.scope, "page", { id: req.params.id }, req.queryConfig.fields) })
}

/** DELETE /admin/content/pages/:id */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteContentEntriesWorkflow(req.scope).run({ input: { kind: "page", ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "content_page", deleted: true })
}
