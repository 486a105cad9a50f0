import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { queueNotificationWorkflow } from "./queue-notification"

/** Someone registered with an address that has an account: its owner is told, at most once per hour (from `at`). */
export const sendAccountExistsNotificationWorkflow = createWorkflow(
  "send-account-exists-notification",
  (input: { customer_id?: string | null; email: string; at: string | Date }) => {
    const detail = queueNotificationWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        template: "account_exists",
        to: input.email,
        customer_id: input.customer_id ?? null,
        idempotency_key: `account_exists:${input.email}:${new Date(input.at).toISOString().slice(0, 13)}`,
      })),
    })
    return new WorkflowResponse(detail)
  }
)
