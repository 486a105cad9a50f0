import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { purgeNotificationLogsStep } from "../steps"

export type RunCleanupWorkflowInput = {
  asOf: Date
  /** rows deleted per statement (tests use a small page to walk the cursor) */
  pageSize?: number
}

/**
 * The weekly clean-up as of a date: each step purges one kind of expired
 * data and reports its count. Subscription timelines are kept forever and
 * are not cleaned up here.
 */
export const runCleanupWorkflow = createWorkflow("run-cleanup", (input: RunCleanupWorkflowInput) => {
  const notificationLogs = purgeNotificationLogsStep(input)
  // Next clean-up steps go here, each with its own count in the result
  // (expired verification codes: `purgeExpiredVerificationCodesStep(input)`).
  return new WorkflowResponse(
    transform({ notificationLogs }, ({ notificationLogs }) => ({ notification_logs: notificationLogs }))
  )
})
