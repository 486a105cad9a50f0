import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCustomNotificationWorkflow } from "../../../../workflows/notification"
import { refetchNotificationLog } from "../../notification-logs/helpers"
import type { AdminSendCustomEmailType } from "../../notification-logs/validators"

/** POST /admin/notifications/email — an admin writes to a customer. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSendCustomEmailType>, res: MedusaResponse) => {
  const { result } = await sendCustomNotificationWorkflow(req.scope).run({
    input: { ...req.validatedBody, channel: "email", request_id: randomUUID() },
  })
  res.json({ notification_log: await refetchNotificationLog(req.scope, result.id) })
}
