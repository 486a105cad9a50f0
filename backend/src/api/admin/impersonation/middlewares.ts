import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { listImpersonationsQueryConfig, retrieveImpersonationQueryConfig } from "./query-config"
import {
  AdminCreateImpersonation,
  AdminCreateImpersonationNote,
  AdminEndImpersonation,
  AdminGetImpersonationsParams,
} from "./validators"

export const adminImpersonationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/impersonation",
    middlewares: [validateAndTransformQuery(AdminGetImpersonationsParams, listImpersonationsQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/impersonation", middlewares: [validateAndTransformBody(AdminCreateImpersonation)] },
  {
    method: ["GET"],
    matcher: "/admin/impersonation/:id",
    middlewares: [validateAndTransformQuery(createSelectParams(), retrieveImpersonationQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/impersonation/:id/end", middlewares: [validateAndTransformBody(AdminEndImpersonation)] },
  { method: ["POST"], matcher: "/admin/impersonation/:id/notes", middlewares: [validateAndTransformBody(AdminCreateImpersonationNote)] },
]
