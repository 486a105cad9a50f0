import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updateWebhookEndpointsStep, validateWebhookEndpointUrlsStep, type WebhookEndpointUpdate } from "../steps"

/** Changes an endpoint's URL, events or description, or enables / disables it; `webhook_endpoint.updated` last. */
export const updateWebhookEndpointsWorkflow = createWorkflow(
  "update-webhook-endpoints",
  (input: { endpoints: WebhookEndpointUpdate[] }) => {
    validateWebhookEndpointUrlsStep(input.endpoints)
    const endpoints = updateWebhookEndpointsStep(input.endpoints)
    emitEventStep({ eventName: "webhook_endpoint.updated", data: transform({ input }, ({ input }) => input.endpoints.map((e) => ({ id: e.id }))) })
    return new WorkflowResponse(endpoints)
  }
)
