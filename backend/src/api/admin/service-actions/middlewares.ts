import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminRetryServiceAction, AdminRunServiceAction } from "./validators"

export const adminServiceActionMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/service-actions/:id/retry", middlewares: [validateAndTransformBody(AdminRetryServiceAction)] },
  { method: ["POST"], matcher: "/admin/subscriptions/:id/service/:action", middlewares: [validateAndTransformBody(AdminRunServiceAction)] },
]
