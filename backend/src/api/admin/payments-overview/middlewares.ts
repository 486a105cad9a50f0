import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listPaymentsOverviewQueryConfig } from "./query-config"
import { AdminGetPaymentsOverviewParams } from "./validators"

export const adminPaymentsOverviewMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/payments-overview",
    middlewares: [validateAndTransformQuery(AdminGetPaymentsOverviewParams, listPaymentsOverviewQueryConfig)],
  },
]
