import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  deliverWebhooksStep,
  listWebhookTargetsStep,
  loadWebhookEventDataStep,
  queueWebhookDeliveriesStep,
  type WebhookSourceEvent,
} from "../steps"

/**
 * A Medusa event (order.placed, subscription.*, service.*) to every enabled
 * endpoint that takes it: one delivery row per endpoint (none again for a
 * replayed event), then a first attempt at once. Failed attempts are retried
 * by the deliver-webhooks job.
 */
export const dispatchWebhookEventWorkflow = createWorkflow(
  "dispatch-webhook-event",
  (input: WebhookSourceEvent) => {
    const endpointIds = listWebhookTargetsStep(transform({ input }, ({ input }) => ({ event_type: input.event_type })))
    const ids = when("webhook-event-has-targets", { endpointIds }, ({ endpointIds }) => endpointIds.length > 0).then(() => {
      const data = loadWebhookEventDataStep(transform({ input }, ({ input }) => ({ event_type: input.event_type, id: input.id })))
      const queued = queueWebhookDeliveriesStep(
        transform({ input, endpointIds, data }, ({ input, endpointIds, data }) => ({
          endpoint_ids: endpointIds,
          event_type: input.event_type,
          resource_id: input.id,
          occurred_at: input.occurred_at ?? null,
          data,
          asOf: input.asOf,
        }))
      )
      // last: a request sent can't be taken back
      deliverWebhooksStep(transform({ queued, input }, ({ queued, input }) => ({ ids: queued, asOf: input.asOf })))
      return queued
    })
    return new WorkflowResponse(transform({ ids }, ({ ids }) => ids ?? []))
  }
)
