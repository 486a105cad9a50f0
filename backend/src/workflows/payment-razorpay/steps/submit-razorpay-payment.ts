import type { IPaymentModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const RAZORPAY_PROVIDER_ID = "pp_razorpay_razorpay"

export type SubmitRazorpayPaymentStepInput = {
  cart_id: string
  /** the signed-in customer, if any: a registered customer's cart is theirs alone */
  actor_id?: string
  razorpay_payment_id: string
  razorpay_order_id: string
  razorpay_signature: string
}

/**
 * Puts Checkout's payment id and signature on the cart's Razorpay session. The provider's
 * updatePayment checks the signature against the order id stored on the session (not the one sent).
 */
export const submitRazorpayPaymentStep = createStep(
  "submit-razorpay-payment",
  async (input: SubmitRazorpayPaymentStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "completed_at",
        "customer_id",
        "customer.has_account",
        "payment_collection.payment_sessions.id",
        "payment_collection.payment_sessions.provider_id",
        "payment_collection.payment_sessions.status",
      ],
      filters: { id: input.cart_id },
    })
    const cart = carts[0]
    const notFound = () =>
      new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} has no Razorpay payment session`)
    if (!cart || (cart.customer?.has_account && cart.customer_id !== input.actor_id)) {
      throw notFound()
    }
    const listed = (cart.payment_collection?.payment_sessions ?? []).find(
      (s) => s?.provider_id === RAZORPAY_PROVIDER_ID && s.status !== "authorized" && s.status !== "captured"
    )
    if (!listed || cart.completed_at) {
      throw notFound()
    }
    const paymentModule = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const session = await paymentModule.retrievePaymentSession(listed.id)
    const stored = (session.data ?? {}) as Record<string, unknown>
    if (stored.razorpay_order_id !== input.razorpay_order_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This Razorpay payment is for another order")
    }
    const updated = await paymentModule.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      // stored fields first; only the payment id and signature come from the browser
      data: {
        ...stored,
        razorpay_payment_id: input.razorpay_payment_id,
        razorpay_signature: input.razorpay_signature,
      },
    })
    return new StepResponse(updated, { id: session.id, data: stored, amount: session.amount, currency_code: session.currency_code })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const paymentModule = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    await paymentModule.updatePaymentSession(previous)
  }
)
