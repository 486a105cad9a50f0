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

/** Appends several entries at once (one admin request that changed several records). */
export const recordAdminActionsStep = createStep(
  "record-admin-actions",
  async (inputs: RecordAdminActionInput[], { container }) => {
    if (!inputs.length) {
      return new StepResponse([], [])
    }
    const backoffice: BackofficeModuleService = container.resolve(BACKOFFICE_MODULE)
    const ids: string[] = []
    for (const input of inputs) {
      ids.push((await backoffice.recordAction(input)).id as string)
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      const backoffice: BackofficeModuleService = container.resolve(BACKOFFICE_MODULE)
      await backoffice.deleteAdminActions(ids)
    }
  }
)
