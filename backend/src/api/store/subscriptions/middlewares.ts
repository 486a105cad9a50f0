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
  StoreRenewSubscription,
  StoreSetAutoRenew,
} from "./validators"

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
]
