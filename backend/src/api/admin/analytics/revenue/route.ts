import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rangeJson, rangeOf, reportingService } from "../helpers"
import type { AdminGetAnalyticsParamsType } from "../validators"

/** GET /admin/analytics/revenue — orders and revenue per interval, one series per currency. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetAnalyticsParamsType>, res: MedusaResponse) => {
  const range = rangeOf(req.validatedQuery as AdminGetAnalyticsParamsType)
  res.json({ ...rangeJson(range), series: await reportingService(req.scope).revenue(range) })
}
