import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { webhooksService } from "./service"

/**
 * Guard for a manual retry: the delivery exists (404) and its endpoint is
 * still there and enabled (400: nothing would be sent).
 */
export const validateWebhookDeliveryRetryStep = createStep(
  "validate-webhook-delivery-retry",
  async (input: { id: string }, { container }) => {
    const service = webhooksService(container)
    const [delivery] = await service.listWebhookDeliveries({ id: input.id }, { select: ["id", "endpoint_id"] })
    if (!delivery) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Webhook delivery with id: ${input.id} was not found`)
    }
    const [endpoint] = await service.listWebhookEndpoints({ id: delivery.endpoint_id }, { select: ["id", "enabled"] })
    if (!endpoint) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Webhook endpoint ${delivery.endpoint_id} was deleted; nothing to retry to`)
    }
    if (!endpoint.enabled) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Webhook endpoint ${endpoint.id} is disabled; enable it to retry`)
    }
  }
)
