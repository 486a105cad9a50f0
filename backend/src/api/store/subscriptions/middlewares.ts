import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  StoreCancelSubscription,
  StoreChangePlan,
  StoreGetSubscriptionsParams,
  StoreRebootService,
  StoreReinstallService,
  StoreRenewSubscription,
  StoreRevealServiceCredentials,
  StoreSetAutoRenew,
} from "./validators"
import { serviceCredentialsRateLimit } from "./rate-limit"

export const storeSubscriptionMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/subscriptions*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  {
    method: ["GET"],
    matcher: "/store/subscriptions",
    middlewares: [validateAndTransformQuery(StoreGetSubscriptionsParams, { defaults: ["id"], isList: true, defaultLimit: 20 })],
  },
  { method: ["POST"], matcher: "/store/subscriptions/:id/auto-renew", middlewares: [validateAndTransformBody(StoreSetAutoRenew)] },
  { method: ["POST"], matcher: "/store/subscriptions/:id/cancel", middlewares: [validateAndTransformBody(StoreCancelSubscription)] },
  { method: ["POST"], matcher: "/store/subscriptions/:id/renew", middlewares: [validateAndTransformBody(StoreRenewSubscription)] },
  { method: ["POST"], matcher: "/store/subscriptions/:id/change-plan", middlewares: [validateAndTransformBody(StoreChangePlan)] },
  {
    method: ["POST"],
    matcher: "/store/subscriptions/:id/credentials",
    middlewares: [serviceCredentialsRateLimit, validateAndTransformBody(StoreRevealServiceCredentials)],
  },
  { method: ["POST"], matcher: "/store/subscriptions/:id/service/reboot", middlewares: [validateAndTransformBody(StoreRebootService)] },
  { method: ["POST"], matcher: "/store/subscriptions/:id/service/reinstall", middlewares: [validateAndTransformBody(StoreReinstallService)] },
]
