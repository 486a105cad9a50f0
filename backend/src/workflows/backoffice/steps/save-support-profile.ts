import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BACKOFFICE_MODULE } from "../../../modules/backoffice"
import type BackofficeModuleService from "../../../modules/backoffice/service"
import type { SupportProfileView } from "../../../modules/backoffice/support-hours"

export type SaveSupportProfileInput = Partial<SupportProfileView>

/** The row to write. */
const row = (values: Partial<SupportProfileView>): Partial<SupportProfileView> => ({ ...values, ...(values.days ? { days: values.days } : {}) })

const service = (container: { resolve: (k: string) => unknown }) => container.resolve(BACKOFFICE_MODULE) as BackofficeModuleService

/**
 * Saves support's name, picture and chat hours (the one profile row, created on the first
 * save); refuses hours that close before they open. Compensation restores the prior values, or removes the row it created.
 */
export const saveSupportProfileStep = createStep(
  "save-support-profile",
  async (input: SaveSupportProfileInput, { container }) => {
    const backoffice = service(container)
    const { id, ...before } = await backoffice.supportProfile()
    const opens = input.opens_at ?? before.opens_at
    const closes = input.closes_at ?? before.closes_at
    // "HH:MM" strings order like the times they name
    if (opens >= closes) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Chat must open before it closes (${opens}–${closes})`)
    }
    if (!id) {
      const created = await backoffice.createSupportProfiles(row({ ...before, ...input }))
      return new StepResponse(created.id, { id: created.id, created: true, before })
    }
    await backoffice.updateSupportProfiles({ id, ...row(input) })
    return new StepResponse(id, { id, created: false, before })
  },
  async (prior, { container }) => {
    if (!prior) {
      return
    }
    if (prior.created) {
      await service(container).deleteSupportProfiles(prior.id)
    } else {
      await service(container).updateSupportProfiles({ id: prior.id, ...row(prior.before) })
    }
  }
)
