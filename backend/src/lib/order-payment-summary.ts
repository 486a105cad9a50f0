import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYMENT_PROVIDER_IDS } from "./payment-providers"
import { payLaterConfig } from "./pay-later"
import { loadOrderPayment } from "../workflows/subscription/utils/order-payment"
import type { OrderPayment } from "../types/http"
import type { Sendable } from "../api/utils/sendable"

const METHODS: Record<string, OrderPayment["method"]> = {
  pp_system_default: "pay_later",
  [PAYMENT_PROVIDER_IDS.stripe]: "card",
  [PAYMENT_PROVIDER_IDS.paypal]: "paypal",
  [PAYMENT_PROVIDER_IDS.razorpay]: "razorpay",
}

/**
 * Whether an order is paid, as the customer and the admin see it: captured
 * = paid; for pay later the due date and the instructions while unpaid.
 */
export async function orderPaymentSummary(container: MedusaContainer, orderId: string): Promise<Sendable<OrderPayment>> {
  const order = await loadOrderPayment(container, orderId)
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  return {
    status: order.cancelled ? "cancelled" : order.paid ? "paid" : "awaiting_payment",
    method: order.provider_id ? METHODS[order.provider_id] ?? "other" : "other",
    provider_id: order.provider_id,
    due_at: order.pay_later && !order.paid ? order.due_at : null,
    instructions: order.pay_later && !order.paid && !order.cancelled ? payLaterConfig().instructions : null,
    total: order.total,
    currency_code: order.currency_code,
  }
}
