import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { deliverWebhooksStep, reopenWebhookDeliveryStep, validateWebhookDeliveryRetryStep } from "../steps"

/**
 * The admin's Retry: sends a delivery again now, with the same webhook-id, whatever its status;
 * `webhook_delivery.retried` once it went out.
 */
export const retryWebhookDeliveryWorkflow = createWorkflow(
  "retry-webhook-delivery",
  (input: { id: string; asOf: Date }) => {
    validateWebhookDeliveryRetryStep(input)
    const id = reopenWebhookDeliveryStep(input)
    // last: a request sent can't be taken back
    const attempts = deliverWebhooksStep(transform({ id, input }, ({ id, input }) => ({ ids: [id], asOf: input.asOf })))
    emitEventStep({ eventName: "webhook_delivery.retried", data: transform({ id }, ({ id }) => ({ id })) })
    return new WorkflowResponse(transform({ attempts }, ({ attempts }) => attempts[0] ?? null))
  }
)
