import { createStep } from "@medusajs/framework/workflows-sdk"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

export type ValidateRegionRestrictionsInputStepInput = {
  region_id: string
  product_ids: string[]
}

/** Guard: the region and every product exist. */
export const validateRegionRestrictionsInputStep = createStep(
  "validate-region-restrictions-input",
  async (input: ValidateRegionRestrictionsInputStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: regions } = await query.graph({
      entity: "region",
      fields: ["id"],
      filters: { id: input.region_id },
    })
    if (!regions.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Region with id: ${input.region_id} was not found`
      )
    }
    const ids = [...new Set(input.product_ids)]
    if (ids.length) {
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["id"],
        filters: { id: ids },
      })
      const found = new Set(products.map((p) => p.id))
      const missing = ids.filter((id) => !found.has(id))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Products not found: ${missing.join(", ")}`
        )
      }
    }
  }
)
