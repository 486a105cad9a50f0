import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { notificationLog } from "../../helpers"
import type { AdminSaveNotificationTemplateType } from "../../validators"

/** GET /admin/notification-templates/:name/preview — the template as sent now (its current version), with sample data. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const log = notificationLog(req.scope)
  const definition = log.renderer.definition(req.params.name)
  if (!definition) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Template ${req.params.name} was not found`)
  }
  const rendered = await log.renderCurrent(definition.name, definition.sample)
  res.json({ name: definition.name, ...rendered })
}

/** POST /admin/notification-templates/:name/preview — unsaved sources rendered with sample data (400 when they don't render). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSaveNotificationTemplateType>, res: MedusaResponse) => {
  const log = notificationLog(req.scope)
  const definition = log.renderer.definition(req.params.name)
  if (!definition) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Template ${req.params.name} was not found`)
  }
  const email = definition.channel === "email"
  const draft = { subject: email ? req.validatedBody.subject ?? null : null, html: email ? req.validatedBody.html ?? null : null, text: req.validatedBody.text }
  const problem = log.renderer.check(definition.name, draft)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The template does not render: ${problem}`)
  }
  res.json({ name: definition.name, ...log.renderer.render(definition.name, definition.sample, { key: "", ...draft }) })
}
