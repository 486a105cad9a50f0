import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createWebhookEndpointsStep, validateWebhookEndpointUrlsStep, type WebhookEndpointInput } from "../steps"

/** New endpoints, each with its signing secret (in the result: the only time it is shown). */
export const createWebhookEndpointsWorkflow = createWorkflow(
  "create-webhook-endpoints",
  (input: { endpoints: WebhookEndpointInput[] }) => {
    validateWebhookEndpointUrlsStep(input.endpoints)
    return new WorkflowResponse(createWebhookEndpointsStep(input.endpoints))
  }
)
