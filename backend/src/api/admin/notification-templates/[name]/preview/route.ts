import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { NOTIFICATION_LOG_MODULE } from "../../../../../modules/notification-log"
import type NotificationLogModuleService from "../../../../../modules/notification-log/service"

/** GET /admin/notification-templates/:name/preview — the template rendered with sample data. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const log: NotificationLogModuleService = req.scope.resolve(NOTIFICATION_LOG_MODULE)
  const definition = log.renderer.definition(req.params.name)
  if (!definition) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Template ${req.params.name} was not found`)
  }
  const rendered = log.renderer.render(definition.name, definition.sample)
  res.json({ name: definition.name, ...rendered })
}
