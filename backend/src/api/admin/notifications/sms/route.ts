import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCustomNotificationWorkflow } from "../../../../workflows/notification"
import { refetchNotificationLog } from "../../notification-logs/helpers"
import type { AdminSendCustomSmsType } from "../../notification-logs/validators"

/** POST /admin/notifications/sms — a short message to the customer's phone. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSendCustomSmsType>, res: MedusaResponse) => {
  const { result } = await sendCustomNotificationWorkflow(req.scope).run({
    input: { ...req.validatedBody, channel: "sms", request_id: randomUUID() },
  })
  res.json({ notification_log: await refetchNotificationLog(req.scope, result.id) })
}
