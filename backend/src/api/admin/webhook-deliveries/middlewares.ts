import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { retrieveAdminWebhookDeliveryQueryConfig } from "../webhook-endpoints/query-config"
import { AdminGetWebhookDeliveryParams, AdminRetryWebhookDelivery } from "./validators"

export const adminWebhookDeliveryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/webhook-deliveries/:id/retry",
    middlewares: [
      validateAndTransformBody(AdminRetryWebhookDelivery),
      validateAndTransformQuery(AdminGetWebhookDeliveryParams, retrieveAdminWebhookDeliveryQueryConfig),
    ],
  },
]
