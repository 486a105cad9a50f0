import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rangeJson, rangeOf, reportingService } from "../helpers"
import type { AdminGetAnalyticsProductsParamsType } from "../validators"

/** GET /admin/analytics/products — top products per currency by revenue (or units). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAnalyticsProductsParamsType>,
  res: MedusaResponse
) => {
  const query = req.validatedQuery as AdminGetAnalyticsProductsParamsType
  const range = rangeOf(query)
  const products = await reportingService(req.scope).products({ ...range, limit: query.limit, sort: query.sort })
  res.json({ ...rangeJson(range), sort: query.sort, limit: query.limit, products })
}
