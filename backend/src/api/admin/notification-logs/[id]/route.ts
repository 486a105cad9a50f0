import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchNotificationLog } from "../helpers"

/** GET /admin/notification-logs/:id — one message with its rendered bodies and resends. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ notification_log: await refetchNotificationLog(req.scope, req.params.id) })
}
