import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listInvoicesQueryConfig } from "./query-config"
import { AdminGetInvoicesParams } from "./validators"

export const adminInvoiceMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/invoices",
    middlewares: [validateAndTransformQuery(AdminGetInvoicesParams, listInvoicesQueryConfig)],
  },
]
