import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetSupportParams } from "./validators"

export const storeSupportMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/support", middlewares: [validateAndTransformQuery(StoreGetSupportParams, {})] },
]
