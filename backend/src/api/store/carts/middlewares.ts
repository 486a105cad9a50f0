import {
  authenticate,
  validateAndTransformBody,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assertPlanBuyerSignedIn } from "../../../workflows/account/utils/checkout"
import { StoreAcceptCartTerms, StoreSubmitRazorpayPayment } from "./validators"

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

const TERMS_KEYS = ["terms_accepted_at", "terms_version"]

/** The Terms acceptance is stamped by the server (accept-terms), never written through a cart's metadata. */
async function noTermsInMetadata(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const metadata = (req.body as { metadata?: unknown } | undefined)?.metadata
  if (metadata && typeof metadata === "object" && TERMS_KEYS.some((key) => key in metadata)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Accept the Terms with POST /store/carts/:id/accept-terms")
  }
  next()
}

export const storeCartPaymentMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts", middlewares: [noTermsInMetadata] },
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [noTermsInMetadata] },
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
    matcher: "/store/carts/:id/accept-terms",
    middlewares: [validateAndTransformBody(StoreAcceptCartTerms)],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [planBuyerSignedIn],
  },
]
