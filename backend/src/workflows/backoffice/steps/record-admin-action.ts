import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BACKOFFICE_MODULE } from "../../../modules/backoffice"
import type BackofficeModuleService from "../../../modules/backoffice/service"
import type { RecordAdminActionInput } from "../../../modules/backoffice/service"

/** Appends to the admin action log; nothing is written when input is null. */
export const recordAdminActionStep = createStep(
  "record-admin-action",
  async (input: RecordAdminActionInput | null, { container }) => {
    if (!input) {
      return new StepResponse(null, null)
    }
    const backoffice: BackofficeModuleService = container.resolve(BACKOFFICE_MODULE)
    const action = await backoffice.recordAction(input)
    return new StepResponse(action.id, action.id)
  },
  async (id, { container }) => {
    if (id) {
      const backoffice: BackofficeModuleService = container.resolve(BACKOFFICE_MODULE)
      await backoffice.deleteAdminActions(id)
    }
  }
)
