import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreEndImpersonation, StoreGetImpersonationParams } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeImpersonationMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/impersonation", middlewares: [customer, validateAndTransformQuery(StoreGetImpersonationParams, {})] },
  { method: ["POST"], matcher: "/store/impersonation/end", middlewares: [customer, validateAndTransformBody(StoreEndImpersonation)] },
]
