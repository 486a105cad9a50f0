import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { webhooksService } from "./service"

export type QueueWebhookDeliveriesInput = {
  endpoint_ids: string[]
  event_type: string
  /** the id the Medusa event carried */
  resource_id: string
  /** when the Medusa event was emitted: with the name and id, it identifies the event across replays */
  occurred_at?: Date | string | null
  data: { id: string } & Record<string, unknown>
  asOf: Date
}

/**
 * One pending delivery per endpoint, due at once, under one webhook-id per
 * source event. A replayed event (same name, id and emit time) finds its
 * rows and creates none. The compensation deletes the rows created here.
 */
export const queueWebhookDeliveriesStep = createStep(
  "queue-webhook-deliveries",
  async (input: QueueWebhookDeliveriesInput, { container }) => {
    const service = webhooksService(container)
    const asOf = new Date(input.asOf)
    const occurredAt = input.occurred_at ? new Date(input.occurred_at) : asOf
    const eventId = service.eventId(input.event_type, input.resource_id, occurredAt)
    const payload = { type: input.event_type, timestamp: occurredAt.toISOString(), data: input.data }
    const ids = await service.queueDeliveries(
      input.endpoint_ids.map((endpoint_id) => ({ endpoint_id, event_type: input.event_type, event_id: eventId, payload })),
      asOf
    )
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await webhooksService(container).deleteWebhookDeliveries(ids)
    }
  }
)
