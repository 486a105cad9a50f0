import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { REGION_POLICY_MODULE } from "../../../modules/region-policy"
import type RegionPolicyModuleService from "../../../modules/region-policy/service"

export type RegionAvailabilityInput = {
  region_id?: string | null
  product_ids?: (string | null | undefined)[]
  variant_ids?: (string | null | undefined)[]
}

/**
 * Guard used by the cart workflows' validate hooks: none of the products
 * (given directly or through their variants) is restricted in the region.
 * Throws INVALID_DATA (a 400) naming the products.
 */
export async function assertRegionAvailability(
  container: MedusaContainer,
  input: RegionAvailabilityInput
): Promise<void> {
  if (!input.region_id) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = new Set(
    (input.product_ids ?? []).filter((id): id is string => !!id)
  )
  const variantIds = (input.variant_ids ?? []).filter((id): id is string => !!id)
  if (variantIds.length) {
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product_id"],
      filters: { id: variantIds },
    })
    variants.forEach((v) => v.product_id && productIds.add(v.product_id))
  }
  if (!productIds.size) {
    return
  }
  const service: RegionPolicyModuleService = container.resolve(REGION_POLICY_MODULE)
  const restricted = await service.findRestricted(input.region_id, [...productIds])
  if (!restricted.length) {
    return
  }
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title"],
    filters: { id: restricted },
  })
  const titles = products.map((p) => p.title).join(", ")
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Not available in your region: ${titles}. Remove it from your cart or choose another region.`
  )
}
