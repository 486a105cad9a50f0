import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deliverDueWebhooksStep } from "../steps"

/** Every delivery due at `asOf` (retries after their backoff, anything a crash left behind), once. */
export const deliverDueWebhooksWorkflow = createWorkflow(
  "deliver-due-webhooks",
  (input: { asOf: Date; pageSize?: number }) => new WorkflowResponse(deliverDueWebhooksStep(input))
)
