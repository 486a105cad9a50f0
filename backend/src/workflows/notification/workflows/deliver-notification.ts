import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deliverDueNotificationsStep, deliverNotificationStep } from "../steps"

/** Delivers one queued message now (the worker's reaction to "queued"). */
export const deliverNotificationWorkflow = createWorkflow(
  "deliver-notification",
  (input: { id: string; asOf: Date }) => {
    return new WorkflowResponse(deliverNotificationStep(input))
  }
)

/** Delivers everything due at `asOf`: the retry and catch-up sweep of the job. */
export const deliverDueNotificationsWorkflow = createWorkflow(
  "deliver-due-notifications",
  (input: { asOf: Date }) => {
    return new WorkflowResponse(deliverDueNotificationsStep(input))
  }
)
