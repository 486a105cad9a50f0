import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveNotificationTemplateVersionWorkflow } from "../../../../../workflows/notification"
import { fetchNotificationTemplate } from "../../helpers"
import type { AdminRevertNotificationTemplateType } from "../../validators"

/** POST /admin/notification-templates/:name/revert — `{ version }` copied as the next version. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRevertNotificationTemplateType>, res: MedusaResponse) => {
  await saveNotificationTemplateVersionWorkflow(req.scope).run({
    input: { template: req.params.name, action: "revert", version: req.validatedBody.version, author_id: req.auth_context.actor_id },
  })
  res.json(await fetchNotificationTemplate(req.scope, req.params.name))
}
