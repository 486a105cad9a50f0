import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminExportOrdersParams } from "./validators"

export const adminOrdersExportMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/orders/export",
    middlewares: [validateAndTransformQuery(AdminExportOrdersParams, { defaults: [], isList: false })],
  },
]
