import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreateCustomerNote,
  AdminSendCustomerEmail,
  AdminUpdateCustomerNote,
  AdminCustomerEmpty, AdminCustomerLookupParams, AdminCustomerOptionalReason, AdminCustomerReason } from "./validators"

export const adminCustomerSecurityMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/customers/:id/suspend", middlewares: [validateAndTransformBody(AdminCustomerReason)] },
  { method: ["POST"], matcher: "/admin/customers/:id/activate", middlewares: [validateAndTransformBody(AdminCustomerOptionalReason)] },
  { method: ["POST"], matcher: "/admin/customers/:id/reset-2fa", middlewares: [validateAndTransformBody(AdminCustomerReason)] },
  { method: ["POST"], matcher: "/admin/customers/:id/verify-email", middlewares: [validateAndTransformBody(AdminCustomerReason)] },
  { method: ["POST"], matcher: "/admin/customers/:id/reset-password", middlewares: [validateAndTransformBody(AdminCustomerEmpty)] },
  { method: ["POST"], matcher: "/admin/customers/:id/notes", middlewares: [validateAndTransformBody(AdminCreateCustomerNote)] },
  { method: ["POST"], matcher: "/admin/notes/:id", middlewares: [validateAndTransformBody(AdminUpdateCustomerNote)] },
  { method: ["POST"], matcher: "/admin/customers/:id/send-email", middlewares: [validateAndTransformBody(AdminSendCustomerEmail)] },
  { method: ["GET"], matcher: "/admin/customers/lookup", middlewares: [validateAndTransformQuery(AdminCustomerLookupParams, {})] },
]
