import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { webhooksService } from "./service"

/**
 * Soft-deletes endpoints: no new events, pending deliveries give up on their
 * next attempt, the delivery log stays. The compensation restores them.
 */
export const deleteWebhookEndpointsStep = createStep(
  "delete-webhook-endpoints",
  async (ids: string[], { container }) => {
    const service = webhooksService(container)
    const found = await service.listWebhookEndpoints({ id: ids }, { select: ["id"] })
    const missing = ids.find((id) => !found.some((e) => e.id === id))
    if (missing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Webhook endpoint with id: ${missing} was not found`)
    }
    await service.softDeleteWebhookEndpoints(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await webhooksService(container).restoreWebhookEndpoints(ids)
    }
  }
)
