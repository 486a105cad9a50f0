import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { csvFilename, sendCsv } from "../../analytics/csv"
import { reportingService } from "../../analytics/helpers"
import type { AdminExportOrdersParamsType } from "../validators"

export const ORDER_EXPORT_COLUMNS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "email",
  "customer_id",
  "region_id",
  "region_name",
  "country_code",
  "currency_code",
  "units",
  "total",
  "paid_total",
  "refunded_total",
]

/** GET /admin/orders/export — every order matching the list's filters as a streamed CSV, oldest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminExportOrdersParamsType>, res: MedusaResponse) => {
  const rows = reportingService(req.scope).exportOrders(req.validatedQuery as AdminExportOrdersParamsType)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  await sendCsv(res, csvFilename("orders"), ORDER_EXPORT_COLUMNS, rows, logger)
}
