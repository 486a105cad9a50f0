import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rangeJson, rangeOf, reportingService } from "../helpers"
import type { AdminGetAnalyticsParamsType } from "../validators"

/** GET /admin/analytics/regions — orders, buying customers and revenue per region. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetAnalyticsParamsType>, res: MedusaResponse) => {
  const range = rangeOf(req.validatedQuery as AdminGetAnalyticsParamsType)
  res.json({ ...rangeJson(range), regions: await reportingService(req.scope).regions(range) })
}
