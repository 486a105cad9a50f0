import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { REGION_POLICY_MODULE } from "../../../../../modules/region-policy"
import type RegionPolicyModuleService from "../../../../../modules/region-policy/service"

/** GET /store/regions/:id/restrictions — product ids not sold in the region. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id"],
    filters: { id: req.params.id },
  })
  if (!regions.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Region with id: ${req.params.id} was not found`
    )
  }
  const policy: RegionPolicyModuleService = req.scope.resolve(REGION_POLICY_MODULE)
  res.json({
    region_id: req.params.id,
    product_ids: await policy.listRestrictedProductIds(req.params.id),
  })
}
