import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resendNotificationWorkflow } from "../../../../../workflows/notification"
import { refetchNotificationLog } from "../../helpers"

/** POST /admin/notification-logs/:id/resend — the same message again, as a linked entry. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await resendNotificationWorkflow(req.scope).run({
    input: { id: req.params.id, request_id: randomUUID() },
  })
  res.json({ notification_log: await refetchNotificationLog(req.scope, result.id) })
}
