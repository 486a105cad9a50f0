import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { provisioningService } from "./service"
import type { ServiceActionPlan } from "./validate-service-action"

/** The plan's service, created (status provisioning) when it has none yet; the compensation removes a created one. */
export const ensureServiceStep = createStep(
  "ensure-service",
  async (plan: ServiceActionPlan, { container }) => {
    if (!plan.proceed || !plan.create) {
      return new StepResponse({ service_id: plan.service_id, created: false }, null)
    }
    const { service, created } = await provisioningService(container).ensureService(plan.create)
    return new StepResponse({ service_id: service.id as string | null, created }, created ? service.id : null)
  },
  async (createdId, { container }) => {
    if (createdId) {
      await provisioningService(container).deleteServices(createdId)
    }
  }
)
