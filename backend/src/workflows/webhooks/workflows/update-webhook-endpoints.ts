import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateWebhookEndpointsStep, validateWebhookEndpointUrlsStep, type WebhookEndpointUpdate } from "../steps"

/** Changes an endpoint's URL, events or description, or enables / disables it. */
export const updateWebhookEndpointsWorkflow = createWorkflow(
  "update-webhook-endpoints",
  (input: { endpoints: WebhookEndpointUpdate[] }) => {
    validateWebhookEndpointUrlsStep(input.endpoints)
    return new WorkflowResponse(updateWebhookEndpointsStep(input.endpoints))
  }
)
