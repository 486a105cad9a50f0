import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWebhookEndpointsStep, validateWebhookEndpointUrlsStep, type WebhookEndpointInput } from "../steps"

/** New endpoints, each with its signing secret (in the result: the only time it is shown); `webhook_endpoint.created` last. */
export const createWebhookEndpointsWorkflow = createWorkflow(
  "create-webhook-endpoints",
  (input: { endpoints: WebhookEndpointInput[] }) => {
    validateWebhookEndpointUrlsStep(input.endpoints)
    const endpoints = createWebhookEndpointsStep(input.endpoints)
    emitEventStep({ eventName: "webhook_endpoint.created", data: transform({ endpoints }, ({ endpoints }) => endpoints.map((e) => ({ id: e.id }))) })
    return new WorkflowResponse(endpoints)
  }
)
