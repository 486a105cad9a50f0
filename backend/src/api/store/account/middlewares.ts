import {
  authenticate,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { listStoreNotificationsQueryConfig } from "./query-config"
import { StoreGetNotificationsParams } from "./validators"

export const storeAccountMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/account*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/account/notifications",
    middlewares: [validateAndTransformQuery(StoreGetNotificationsParams, listStoreNotificationsQueryConfig)],
  },
]
