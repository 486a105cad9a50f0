import {
  authenticate,
  validateAndTransformBody,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertPlanBuyerSignedIn } from "../../../workflows/account/utils/checkout"
import { StoreSubmitRazorpayPayment } from "./validators"

/** A plan's cart is completed by its owner, signed in with a verified account. */
async function planBuyerSignedIn(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "items.variant_id", "items.metadata"],
    filters: { id: req.params.id },
  })
  if (carts[0]) {
    await assertPlanBuyerSignedIn(req.scope, carts[0], req.auth_context?.actor_id)
  }
  next()
}

export const storeCartPaymentMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/carts/:id/razorpay-payment",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(StoreSubmitRazorpayPayment),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [planBuyerSignedIn],
  },
]
