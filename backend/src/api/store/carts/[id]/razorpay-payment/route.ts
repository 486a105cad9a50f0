import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitRazorpayPaymentWorkflow } from "../../../../../workflows/payment-razorpay"
import type { StoreSubmitRazorpayPaymentType } from "../../validators"

/** POST /store/carts/:id/razorpay-payment — Razorpay Checkout's result for the cart's session. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreSubmitRazorpayPaymentType>,
  res: MedusaResponse
) => {
  const { result } = await submitRazorpayPaymentWorkflow(req.scope).run({
    input: { ...req.validatedBody, cart_id: req.params.id, actor_id: req.auth_context?.actor_id },
  })
  res.json({
    payment_session: { id: result.id, provider_id: result.provider_id, status: result.status, data: result.data },
  })
}
