import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"

/** GET /admin/notification-templates — every message kind the platform sends. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const log: NotificationLogModuleService = req.scope.resolve(NOTIFICATION_LOG_MODULE)
  res.json({
    templates: log.renderer.list().map(({ name, channel, label, description }) => ({
      name,
      channel,
      label,
      description,
    })),
  })
}
