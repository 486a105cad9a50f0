import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  listAdminWebhookDeliveriesQueryConfig,
  listAdminWebhookEndpointsQueryConfig,
  retrieveAdminWebhookEndpointQueryConfig,
} from "./query-config"
import {
  AdminCreateWebhookEndpoint,
  AdminGetWebhookDeliveriesParams,
  AdminGetWebhookEndpointParams,
  AdminGetWebhookEndpointsParams,
  AdminUpdateWebhookEndpoint,
} from "./validators"

export const adminWebhookEndpointMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/webhook-endpoints",
    middlewares: [validateAndTransformQuery(AdminGetWebhookEndpointsParams, listAdminWebhookEndpointsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/webhook-endpoints",
    middlewares: [
      validateAndTransformBody(AdminCreateWebhookEndpoint),
      validateAndTransformQuery(AdminGetWebhookEndpointParams, retrieveAdminWebhookEndpointQueryConfig),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/webhook-endpoints/:id",
    middlewares: [validateAndTransformQuery(AdminGetWebhookEndpointParams, retrieveAdminWebhookEndpointQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/webhook-endpoints/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateWebhookEndpoint),
      validateAndTransformQuery(AdminGetWebhookEndpointParams, retrieveAdminWebhookEndpointQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/webhook-endpoints/:id/deliveries",
    middlewares: [validateAndTransformQuery(AdminGetWebhookDeliveriesParams, listAdminWebhookDeliveriesQueryConfig)],
  },
]
