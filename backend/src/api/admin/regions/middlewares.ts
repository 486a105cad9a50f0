import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminSetRegionRestrictions } from "./validators"

export const adminRegionsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/regions/:id/restrictions",
    middlewares: [validateAndTransformBody(AdminSetRegionRestrictions)],
  },
]
