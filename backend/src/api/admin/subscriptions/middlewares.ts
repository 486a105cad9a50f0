import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminCancelSubscription,
  AdminChangePlan,
  AdminExtendSubscription,
  AdminGetExpiringParams,
  AdminGetSubscriptionsParams,
  AdminRunLifecycle,
  AdminSuspendSubscription,
  AdminUnsuspendSubscription,
} from "./validators"

const list = { defaults: ["id"], isList: true, defaultLimit: 20 }

export const adminSubscriptionMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/subscriptions", middlewares: [validateAndTransformQuery(AdminGetSubscriptionsParams, list)] },
  { method: ["GET"], matcher: "/admin/subscriptions/expiring", middlewares: [validateAndTransformQuery(AdminGetExpiringParams, list)] },
  { method: ["POST"], matcher: "/admin/subscriptions/run-lifecycle", middlewares: [validateAndTransformBody(AdminRunLifecycle)] },
  { method: ["POST"], matcher: "/admin/subscriptions/:id/suspend", middlewares: [validateAndTransformBody(AdminSuspendSubscription)] },
  { method: ["POST"], matcher: "/admin/subscriptions/:id/unsuspend", middlewares: [validateAndTransformBody(AdminUnsuspendSubscription)] },
  { method: ["POST"], matcher: "/admin/subscriptions/:id/extend", middlewares: [validateAndTransformBody(AdminExtendSubscription)] },
  { method: ["POST"], matcher: "/admin/subscriptions/:id/cancel", middlewares: [validateAndTransformBody(AdminCancelSubscription)] },
  { method: ["POST"], matcher: "/admin/subscriptions/:id/change-plan", middlewares: [validateAndTransformBody(AdminChangePlan)] },
]
