import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteWebhookEndpointsStep } from "../steps"

/** Removes endpoints; their delivery log stays. */
export const deleteWebhookEndpointsWorkflow = createWorkflow(
  "delete-webhook-endpoints",
  (input: { ids: string[] }) => new WorkflowResponse(deleteWebhookEndpointsStep(input.ids))
)
