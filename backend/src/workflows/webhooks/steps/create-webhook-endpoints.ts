import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { webhooksService } from "./service"
import type { WebhookEndpointInput } from "./types"

/** Creates endpoints, each with a new `whsec_…` signing secret; the compensation deletes them. */
export const createWebhookEndpointsStep = createStep(
  "create-webhook-endpoints",
  async (input: WebhookEndpointInput[], { container }) => {
    const service = webhooksService(container)
    const endpoints = await service.createWebhookEndpoints(
      input.map((e) => ({ ...e, description: e.description ?? null, secret: service.generateSecret() }))
    )
    return new StepResponse(endpoints, endpoints.map((e) => e.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await webhooksService(container).deleteWebhookEndpoints(ids)
    }
  }
)
