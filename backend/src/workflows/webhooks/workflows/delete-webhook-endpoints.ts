import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { deleteWebhookEndpointsStep } from "../steps"

/** Removes endpoints; their delivery log stays; `webhook_endpoint.deleted` last. */
export const deleteWebhookEndpointsWorkflow = createWorkflow(
  "delete-webhook-endpoints",
  (input: { ids: string[] }) => {
    const ids = deleteWebhookEndpointsStep(input.ids)
    emitEventStep({ eventName: "webhook_endpoint.deleted", data: transform({ input }, ({ input }) => input.ids.map((id) => ({ id }))) })
    return new WorkflowResponse(ids)
  }
)
