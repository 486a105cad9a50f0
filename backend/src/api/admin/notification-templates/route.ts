import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notificationLog } from "./helpers"

/** GET /admin/notification-templates — every message kind the platform sends, and whether an admin edited it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const log = notificationLog(req.scope)
  const templates = log.renderer.list()
  const current = await log.currentTemplateVersions(templates.map((t) => t.name))
  res.json({
    templates: templates.map(({ name, channel, label, description }) => ({
      name,
      channel,
      label,
      description,
      edited: !!current.get(name),
      version: current.get(name)?.version ?? null,
    })),
  })
}
