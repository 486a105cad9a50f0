import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rangeJson, rangeOf, reportingService } from "../helpers"
import type { AdminGetAnalyticsParamsType } from "../validators"

/** GET /admin/analytics/orders — orders per status and interval. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetAnalyticsParamsType>, res: MedusaResponse) => {
  const range = rangeOf(req.validatedQuery as AdminGetAnalyticsParamsType)
  res.json({ ...rangeJson(range), ...(await reportingService(req.scope).orders(range)) })
}
