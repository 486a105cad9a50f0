import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listActionLogsQueryConfig } from "./query-config"
import { AdminGetActionLogsParams } from "./validators"

export const adminActionLogMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/action-logs",
    middlewares: [validateAndTransformQuery(AdminGetActionLogsParams, listActionLogsQueryConfig)],
  },
]
