import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { webhooksService } from "./service"

/** Makes a delivery pending and due at `asOf` (same webhook-id); the compensation puts status and due time back. */
export const reopenWebhookDeliveryStep = createStep(
  "reopen-webhook-delivery",
  async (input: { id: string; asOf: Date }, { container }) => {
    const before = await webhooksService(container).reopenDelivery(input.id, new Date(input.asOf))
    return new StepResponse(input.id, before)
  },
  async (before, { container }) => {
    if (before) {
      await webhooksService(container).updateWebhookDeliveries({
        id: before.id,
        status: before.status as "pending" | "succeeded" | "failed",
        next_attempt_at: before.next_attempt_at,
      })
    }
  }
)
