import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminExportAnalyticsParams,
  AdminGetAnalyticsParams,
  AdminGetAnalyticsProductsParams,
} from "./validators"

// reports are not entity lists: no fields/paging config, the validated range is all they read
const report = { defaults: [], isList: false }

export const adminAnalyticsMiddlewares: MiddlewareRoute[] = [
  ...["overview", "revenue", "customers", "regions", "subscriptions", "orders"].map((name): MiddlewareRoute => ({
    method: ["GET"],
    matcher: `/admin/analytics/${name}`,
    middlewares: [validateAndTransformQuery(AdminGetAnalyticsParams, report)],
  })),
  {
    method: ["GET"],
    matcher: "/admin/analytics/products",
    middlewares: [validateAndTransformQuery(AdminGetAnalyticsProductsParams, report)],
  },
  {
    method: ["GET"],
    matcher: "/admin/analytics/export",
    middlewares: [validateAndTransformQuery(AdminExportAnalyticsParams, report)],
  },
]
