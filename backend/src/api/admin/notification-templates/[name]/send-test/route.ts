import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendNotificationTemplateTestWorkflow } from "../../../../../workflows/notification"
import { refetchNotificationLog } from "../../../notification-logs/helpers"

/** POST /admin/notification-templates/:name/send-test — the email as sent now, with sample data, to the admin's own address. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await sendNotificationTemplateTestWorkflow(req.scope).run({
    input: { template: req.params.name, user_id: req.auth_context.actor_id, request_id: randomUUID() },
  })
  res.json({ notification_log: await refetchNotificationLog(req.scope, result.id) })
}
