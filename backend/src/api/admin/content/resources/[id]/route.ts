import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteContentEntriesWorkflow, updateContentEntriesWorkflow } from "../../../../../workflows/content"
import { contentEntry } from "../../../../utils/content"
import type { AdminUpdateResourceType } from "../../validators"
import type { AdminResourceResponse } from "../../../../../types/http"

/** GET /admin/content/resources/:id — one resource (drafts too) with its rendered `body_html`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminResourceResponse>) => {
  res.json({ resource: await contentEntry(req.scope, "resource", { id: req.params.id }, req.queryConfig.fields) })
}

/** POST /admin/content/resources/:id — edit, publish (`status: "published"`) or unpublish. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateResourceType>, res: MedusaResponse<AdminResourceResponse>) => {
  await updateContentEntriesWorkflow(req.scope).run({
    input: { kind: "resource", entries: [{ id: req.params.id, ...req.validatedBody }], asOf: new Date() },
  })
  res.json({ resource: await contentEntry(req.scope, "resource", { id: req.params.id }, req.queryConfig.fields) })
}

/** DELETE /admin/content/resources/:id */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteContentEntriesWorkflow(req.scope).run({ input: { kind: "resource", ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "resource", deleted: true })
}
