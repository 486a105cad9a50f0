import type { MiddlewareRoute } from "@medusajs/framework/http"

export const notificationHookMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/notifications/sendgrid",
    // the signature covers the exact bytes SendGrid sent
    bodyParser: { preserveRawBody: true },
    middlewares: [],
  },
]
