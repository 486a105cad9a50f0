import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveNotificationTemplateVersionWorkflow } from "../../../../../workflows/notification"
import { fetchNotificationTemplate } from "../../helpers"

/** POST /admin/notification-templates/:name/reset — back to the built-in text (a `reset` version keeps the history). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await saveNotificationTemplateVersionWorkflow(req.scope).run({
    input: { template: req.params.name, action: "reset", author_id: req.auth_context.actor_id },
  })
  res.json(await fetchNotificationTemplate(req.scope, req.params.name))
}
