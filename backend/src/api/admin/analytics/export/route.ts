import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { csvFilename, sendCsv } from "../csv"
import { rangeOf, reportCsv, reportingService } from "../helpers"
import type { AdminExportAnalyticsParamsType } from "../validators"

/** GET /admin/analytics/export?report=… — one report as a CSV download (same figures as its JSON route). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminExportAnalyticsParamsType>, res: MedusaResponse) => {
  const query = req.validatedQuery as AdminExportAnalyticsParamsType
  const range = rangeOf(query)
  const { columns, rows } = await reportCsv(reportingService(req.scope), query.report, range, {
    limit: query.limit,
    sort: query.sort,
  })
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  await sendCsv(res, csvFilename(`analytics-${query.report}`, range.from, range.to), columns, rows, logger)
}
