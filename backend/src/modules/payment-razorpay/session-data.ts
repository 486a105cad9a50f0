import type { BigNumberInput, PaymentSessionStatus as SessionStatus } from "@medusajs/framework/types"
import { MathBN, MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import type { RazorpayOrder, RazorpayPayment } from "./client"
import type { RazorpaySessionData } from "./types"

// Money in paise, a session's stored data as Razorpay's payment describes it,
// and the Medusa status that payment stands for.

/**
 * Session data this module created: it carries the Razorpay order id. (Medusa hands the data back as it
 * was stored, so the id stands for the rest of the fields.)
 */
export function isStoredSession(data: Record<string, unknown> | undefined): data is RazorpaySessionData {
  return !!data && typeof data.razorpay_order_id === "string"
}

/** INR major units → paise. */
export function toPaise(amount: BigNumberInput): number {
  return Number(MathBN.convert(amount).times(100).toFixed(0, 4 /* ROUND_HALF_UP */))
}

/** Razorpay takes INR only: anything else is refused before an order is created. */
export function assertInr(currencyCode: string) {
  if (currencyCode.toLowerCase() !== "inr") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Razorpay takes payments in INR only; this cart is in ${currencyCode.toUpperCase()}. Choose another payment method.`
    )
  }
}

/** The stored fields plus what Razorpay says of the payment (never fields a caller added). */
export function sessionDataWithPayment(
  stored: RazorpaySessionData,
  payment: RazorpayPayment | null,
  extra: Partial<RazorpaySessionData> = {}
) {
  const next: RazorpaySessionData = {
    razorpay_order_id: stored.razorpay_order_id,
    key_id: stored.key_id,
    amount: stored.amount,
    currency: "INR",
    session_id: stored.session_id,
    status: payment?.status ?? stored.status,
    razorpay_payment_id: payment?.id ?? stored.razorpay_payment_id ?? null,
    razorpay_signature: stored.razorpay_signature ?? null,
    ...(stored.refunds ? { refunds: stored.refunds } : {}),
    ...extra,
  }
  return next
}

export function sessionStatusOf(payment: RazorpayPayment | null): SessionStatus {
  switch (payment?.status) {
    case "captured":
      return PaymentSessionStatus.CAPTURED
    case "authorized":
      return PaymentSessionStatus.AUTHORIZED
    case "failed":
      return PaymentSessionStatus.ERROR
    case "refunded":
      return PaymentSessionStatus.CANCELED
    default:
      return PaymentSessionStatus.PENDING
  }
}

/** The session an order was created for: only the server creates orders, so its notes are ours. */
export function sessionOfOrder(order: Partial<RazorpayOrder> | undefined): string | null {
  const notes = order?.notes && !Array.isArray(order.notes) ? order.notes : {}
  return notes.session_id || order?.receipt || null
}
