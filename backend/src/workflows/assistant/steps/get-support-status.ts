import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BACKOFFICE_MODULE } from "../../../modules/backoffice"
import type BackofficeModuleService from "../../../modules/backoffice/service"
import { describeSupportHours, supportOpenAt } from "../../../modules/backoffice/support-hours"
import type { SupportContext } from "../../../modules/assistant/types"

/**
 * For a guest's question: support's chat hours and whether people answer at `asOf` (the
 * assistant tells a guest how to reach a person). Null for a customer or without a time. Reads only.
 */
export const getSupportStatusStep = createStep(
  "get-assistant-support-status",
  async (input: { customer_id: string | null; asOf?: Date | string | null }, { container }) => {
    if (input.customer_id || !input.asOf) {
      return new StepResponse(null as SupportContext | null)
    }
    const hours = await container.resolve<BackofficeModuleService>(BACKOFFICE_MODULE).supportProfile()
    const status: SupportContext = { open: supportOpenAt(hours, new Date(input.asOf)), hours: describeSupportHours(hours) }
    return new StepResponse(status as SupportContext | null)
  }
)
