import type { MiddlewareRoute } from "@medusajs/framework/http"

export const provisioningHookMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/provisioning/:provider",
    // the Standard Webhooks signature covers the exact bytes the platform sent
    bodyParser: { preserveRawBody: true },
    middlewares: [],
  },
]
