import {
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { REGION_POLICY_MODULE } from "../../../modules/region-policy"
import type RegionPolicyModuleService from "../../../modules/region-policy/service"
import { StoreGetServiceOptionsParams } from "./validators"

/**
 * Hides a region's restricted products from the store listing and search.
 * Runs after Medusa's own query validation, so it narrows the filters the
 * core route already built.
 */
async function hideRestrictedProducts(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const regionId =
    (req.filterableFields?.region_id as string | undefined) ??
    (req.query.region_id as string | undefined) ??
    (req.pricingContext?.region_id as string | undefined)
  if (!regionId || typeof regionId !== "string") {
    return next()
  }
  const policy: RegionPolicyModuleService = req.scope.resolve(REGION_POLICY_MODULE)
  const restricted = await policy.listRestrictedProductIds(regionId)
  if (restricted.length) {
    req.filterableFields ??= {}
    const current = req.filterableFields.id as unknown
    req.filterableFields.id = current
      ? { $in: ([] as string[]).concat(current as string), $nin: restricted }
      : { $nin: restricted }
  }
  next()
}

export const storeProductsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/products",
    middlewares: [hideRestrictedProducts],
  },
  {
    method: ["GET"],
    matcher: "/store/products/:id/service-options",
    middlewares: [validateAndTransformQuery(StoreGetServiceOptionsParams, {})],
  },
]
