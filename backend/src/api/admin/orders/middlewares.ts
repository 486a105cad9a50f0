import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ordersByShopper } from "./search-middlewares"
import { AdminCreateOrderRefund, AdminExportOrdersParams } from "./validators"

export const adminOrdersExportMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/orders", middlewares: [ordersByShopper] },
  {
    method: ["GET"],
    matcher: "/admin/orders/export",
    middlewares: [validateAndTransformQuery(AdminExportOrdersParams, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/refunds",
    middlewares: [validateAndTransformBody(AdminCreateOrderRefund)],
  },
]
