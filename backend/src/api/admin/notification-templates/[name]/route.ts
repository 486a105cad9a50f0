import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveNotificationTemplateVersionWorkflow } from "../../../../workflows/notification"
import { fetchNotificationTemplate } from "../helpers"
import type { AdminSaveNotificationTemplateType } from "../validators"

/** GET /admin/notification-templates/:name — built-in and current sources, and every saved version. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await fetchNotificationTemplate(req.scope, req.params.name))
}

/** POST /admin/notification-templates/:name — saves an edit as the template's next version; sent from now on. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSaveNotificationTemplateType>, res: MedusaResponse) => {
  await saveNotificationTemplateVersionWorkflow(req.scope).run({
    input: { template: req.params.name, action: "edit", ...req.validatedBody, author_id: req.auth_context.actor_id },
  })
  res.json(await fetchNotificationTemplate(req.scope, req.params.name))
}
