import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCustomNotificationWorkflow } from "../../../../../workflows/notification"
import { refetchNotificationLog } from "../../../notification-logs/helpers"
import type { AdminSendCustomerEmailType } from "../../validators"

/** POST /admin/customers/:id/send-email — the same as POST /admin/notifications/email, from the customer page. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSendCustomerEmailType>, res: MedusaResponse) => {
  const { result } = await sendCustomNotificationWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.params.id, channel: "email", request_id: randomUUID() },
  })
  res.json({ notification_log: await refetchNotificationLog(req.scope, result.id) })
}
