import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminUpdateSupportProfile } from "./validators"

export const adminSupportProfileMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/support-profile", middlewares: [validateAndTransformBody(AdminUpdateSupportProfile)] },
]
