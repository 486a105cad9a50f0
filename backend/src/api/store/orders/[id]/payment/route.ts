import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYMENT_PROVIDER_IDS } from "../../../../../lib/payment-providers"
import { payLaterConfig } from "../../../../../lib/pay-later"
import { loadOrderPayment } from "../../../../../workflows/subscription/utils/order-payment"

const METHODS: Record<string, string> = {
  pp_system_default: "pay_later",
  [PAYMENT_PROVIDER_IDS.stripe]: "card",
  [PAYMENT_PROVIDER_IDS.paypal]: "paypal",
  [PAYMENT_PROVIDER_IDS.razorpay]: "razorpay",
}

/**
 * GET /store/orders/:id/payment — whether the order is paid, and for pay
 * later the due date and the instructions (owned like GET /store/orders/:id).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const order = await loadOrderPayment(req.scope, req.params.id)
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  }
  res.json({
    payment: {
      status: order.cancelled ? "cancelled" : order.paid ? "paid" : "awaiting_payment",
      method: order.provider_id ? METHODS[order.provider_id] ?? "other" : "other",
      provider_id: order.provider_id,
      due_at: order.pay_later && !order.paid ? order.due_at : null,
      instructions: order.pay_later && !order.paid && !order.cancelled ? payLaterConfig().instructions : null,
      total: order.total,
      currency_code: order.currency_code,
    },
  })
}
