import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProviderCallback } from "../../../modules/provisioning/types"
import { provisioningService } from "./service"

/** A callback only reports on actions of services its provider runs (404 otherwise, like an unknown action). */
export const validateServiceCallbackStep = createStep(
  "validate-service-callback",
  async (input: { provider_id: string; callback: ProviderCallback }, { container }) => {
    const provisioning = provisioningService(container)
    const [action] = await provisioning.listServiceActions({ id: input.callback.action_id }, { select: ["id", "service_id"] })
    const service = action ? await provisioning.retrieveService(action.service_id, { select: ["id", "provider_id"] }) : null
    if (!action || service?.provider_id !== input.provider_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service action with id: ${input.callback.action_id} was not found`)
    }
    return new StepResponse(action.id)
  }
)
