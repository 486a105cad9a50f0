import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listPaymentFailuresQueryConfig } from "./query-config"
import { AdminGetPaymentFailuresParams } from "./validators"

export const adminPaymentFailureMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/payment-failures",
    middlewares: [validateAndTransformQuery(AdminGetPaymentFailuresParams, listPaymentFailuresQueryConfig)],
  },
]
