import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { loadNotificationForResendStep } from "../steps/load-notification-for-resend"
import { queueNotificationWorkflow } from "./queue-notification"

/** Sends a logged message again as a new, linked log entry; `notification_log.resent` (the original) last. */
export const resendNotificationWorkflow = createWorkflow(
  "resend-notification",
  (input: { id: string; request_id: string }) => {
    const queued = loadNotificationForResendStep(input)
    const detail = queueNotificationWorkflow.runAsStep({ input: queued })
    emitEventStep({ eventName: "notification_log.resent", data: transform({ input }, ({ input }) => ({ id: input.id })) })
    return new WorkflowResponse(detail)
  }
)
