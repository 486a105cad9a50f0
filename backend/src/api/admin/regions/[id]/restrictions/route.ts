import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setRegionRestrictionsWorkflow } from "../../../../../workflows/region-policy"
import type { AdminSetRegionRestrictionsType } from "../../validators"

async function respondWithRestrictions(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "name"],
    filters: { id: req.params.id },
  })
  if (!regions.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Region with id: ${req.params.id} was not found`
    )
  }
  const { data: restrictions } = await query.graph({
    entity: "region_restriction",
    fields: ["product_id", "product.id", "product.title", "product.handle"],
    filters: { region_id: req.params.id },
  })
  res.json({
    region_id: req.params.id,
    product_ids: restrictions.map((r) => r.product_id),
    products: restrictions.map((r) => r.product).filter(Boolean),
  })
}

/** GET /admin/regions/:id/restrictions — products not sold in the region. */
export const GET = respondWithRestrictions

/** POST /admin/regions/:id/restrictions — replace the region's list. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetRegionRestrictionsType>,
  res: MedusaResponse
) => {
  await setRegionRestrictionsWorkflow(req.scope).run({
    input: { region_id: req.params.id, product_ids: req.validatedBody.product_ids },
  })
  await respondWithRestrictions(req, res)
}
