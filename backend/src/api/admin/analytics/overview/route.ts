import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rangeJson, rangeOf, reportingService } from "../helpers"
import type { AdminGetAnalyticsParamsType } from "../validators"

/** GET /admin/analytics/overview — the dashboard's headline figures for a range. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetAnalyticsParamsType>, res: MedusaResponse) => {
  const range = rangeOf(req.validatedQuery as AdminGetAnalyticsParamsType)
  res.json({ ...rangeJson(range), ...(await reportingService(req.scope).overview(range)) })
}
