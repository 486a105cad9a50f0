import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadNotificationForResendStep } from "../steps/load-notification-for-resend"
import { queueNotificationWorkflow } from "./queue-notification"

/** Sends a logged message again as a new, linked log entry. */
export const resendNotificationWorkflow = createWorkflow(
  "resend-notification",
  (input: { id: string; request_id: string }) => {
    const queued = loadNotificationForResendStep(input)
    const detail = queueNotificationWorkflow.runAsStep({ input: queued })
    return new WorkflowResponse(detail)
  }
)
