import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminEmptyBody, AdminRevertNotificationTemplate, AdminSaveNotificationTemplate } from "./validators"

export const adminNotificationTemplateMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/notification-templates/:name", middlewares: [validateAndTransformBody(AdminSaveNotificationTemplate)] },
  { method: ["POST"], matcher: "/admin/notification-templates/:name/preview", middlewares: [validateAndTransformBody(AdminSaveNotificationTemplate)] },
  { method: ["POST"], matcher: "/admin/notification-templates/:name/revert", middlewares: [validateAndTransformBody(AdminRevertNotificationTemplate)] },
  { method: ["POST"], matcher: "/admin/notification-templates/:name/reset", middlewares: [validateAndTransformBody(AdminEmptyBody)] },
  { method: ["POST"], matcher: "/admin/notification-templates/:name/send-test", middlewares: [validateAndTransformBody(AdminEmptyBody)] },
]
