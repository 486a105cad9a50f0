import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REGION_POLICY_MODULE } from "../../../modules/region-policy"
import type RegionPolicyModuleService from "../../../modules/region-policy/service"

export type ReplaceRegionRestrictionsStepInput = {
  region_id: string
  product_ids: string[]
}

/** Makes the region's restricted products exactly the given list. */
export const replaceRegionRestrictionsStep = createStep(
  "replace-region-restrictions",
  async (input: ReplaceRegionRestrictionsStepInput, { container }) => {
    const service: RegionPolicyModuleService = container.resolve(REGION_POLICY_MODULE)
    const previous = await service.listRestrictedProductIds(input.region_id)
    const wanted = [...new Set(input.product_ids)]
    const toAdd = wanted.filter((id) => !previous.includes(id))
    const toRemove = previous.filter((id) => !wanted.includes(id))

    if (toRemove.length) {
      const rows = await service.listRegionRestrictions({
        region_id: input.region_id,
        product_id: toRemove,
      })
      await service.deleteRegionRestrictions(rows.map((r) => r.id))
    }
    if (toAdd.length) {
      await service.createRegionRestrictions(
        toAdd.map((product_id) => ({ region_id: input.region_id, product_id }))
      )
    }
    return new StepResponse(wanted, { region_id: input.region_id, previous })
  },
  async (prior, { container }) => {
    if (!prior) {
      return
    }
    const service: RegionPolicyModuleService = container.resolve(REGION_POLICY_MODULE)
    const current = await service.listRegionRestrictions({ region_id: prior.region_id })
    await service.deleteRegionRestrictions(current.map((r) => r.id))
    if (prior.previous.length) {
      await service.createRegionRestrictions(
        prior.previous.map((product_id) => ({ region_id: prior.region_id, product_id }))
      )
    }
  }
)
