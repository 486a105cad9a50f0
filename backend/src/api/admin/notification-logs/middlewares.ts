import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { listNotificationLogsQueryConfig } from "./query-config"
import {
  AdminGetNotificationLogsParams,
  AdminSendCustomEmail,
  AdminSendCustomSms,
} from "./validators"

export const adminNotificationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/notification-logs",
    middlewares: [validateAndTransformQuery(AdminGetNotificationLogsParams, listNotificationLogsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/notifications/email",
    middlewares: [validateAndTransformBody(AdminSendCustomEmail)],
  },
  {
    method: ["POST"],
    matcher: "/admin/notifications/sms",
    middlewares: [validateAndTransformBody(AdminSendCustomSms)],
  },
]
