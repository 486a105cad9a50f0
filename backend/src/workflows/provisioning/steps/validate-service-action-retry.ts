import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { provisioningService } from "./service"

/** The admin's Retry: only an action that failed for good, and only one action of a service at a time. */
export const validateServiceActionRetryStep = createStep(
  "validate-service-action-retry",
  async (input: { id: string; manual: boolean }, { container }) => {
    if (!input.manual) {
      return new StepResponse(input.id)
    }
    const provisioning = provisioningService(container)
    const [action] = await provisioning.listServiceActions({ id: input.id }, { select: ["id", "status", "service_id"] })
    if (!action) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service action with id: ${input.id} was not found`)
    }
    if (action.status !== "failed") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only a failed action can be retried; this one is ${action.status}`)
    }
    if (await provisioning.hasActionInFlight(action.service_id)) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "Another action of this service is still in progress")
    }
    return new StepResponse(action.id)
  }
)
