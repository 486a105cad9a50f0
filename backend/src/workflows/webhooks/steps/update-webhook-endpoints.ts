import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { webhooksService } from "./service"
import type { WebhookEndpointUpdate } from "./types"

const FIELDS = ["id", "url", "events", "enabled", "description"] as const

/** Updates endpoints (URL, events, enabled, description); the compensation puts the fields back. */
export const updateWebhookEndpointsStep = createStep(
  "update-webhook-endpoints",
  async (input: WebhookEndpointUpdate[], { container }) => {
    const service = webhooksService(container)
    const ids = input.map((e) => e.id)
    const before = await service.listWebhookEndpoints({ id: ids }, { select: [...FIELDS] })
    const missing = ids.find((id) => !before.some((e) => e.id === id))
    if (missing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Webhook endpoint with id: ${missing} was not found`)
    }
    const updated = await service.updateWebhookEndpoints(input)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before?.length) {
      await webhooksService(container).updateWebhookEndpoints(before)
    }
  }
)
