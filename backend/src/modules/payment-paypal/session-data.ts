import type { PaymentSessionStatus as SessionStatus } from "@medusajs/framework/types"
import { PaymentSessionStatus } from "@medusajs/framework/utils"
import type { PayPalOrder } from "./client"
import type { PayPalSessionData } from "./types"

// A session's stored data as PayPal's order describes it, and the Medusa
// status that data stands for.

/**
 * Session data this module created: it carries the PayPal order id. (Medusa hands the data back as it
 * was stored, so the id stands for the rest of the fields.)
 */
export function isStoredSession(data: Record<string, unknown> | undefined): data is PayPalSessionData {
  return !!data && typeof data.paypal_order_id === "string"
}

/** The stored data refreshed from a PayPal order (never from what a caller put next to it). */
export function sessionDataFromOrder(stored: PayPalSessionData, order: PayPalOrder): PayPalSessionData {
  const payments = order.purchase_units?.[0]?.payments
  const capture = payments?.captures?.[0]
  const authorization = payments?.authorizations?.[0]
  return {
    paypal_order_id: stored.paypal_order_id,
    approve_url: stored.approve_url,
    status: order.status,
    intent: stored.intent,
    amount: stored.amount,
    currency_code: stored.currency_code,
    session_id: stored.session_id,
    custom_id: stored.custom_id,
    capture_id: capture?.id ?? stored.capture_id ?? null,
    capture_status: capture?.status ?? stored.capture_status ?? null,
    authorization_id: authorization?.id ?? stored.authorization_id ?? null,
    ...(stored.refunds ? { refunds: stored.refunds } : {}),
  }
}

export function sessionStatusOf(data: PayPalSessionData): SessionStatus {
  switch (data.status) {
    case "COMPLETED":
      if (data.capture_status === "COMPLETED") {
        return PaymentSessionStatus.CAPTURED
      }
      if (data.capture_status === "PENDING") {
        return PaymentSessionStatus.PENDING_AUTHORIZATION
      }
      if (data.capture_status === "DECLINED" || data.capture_status === "FAILED") {
        return PaymentSessionStatus.ERROR
      }
      return data.authorization_id ? PaymentSessionStatus.AUTHORIZED : PaymentSessionStatus.PENDING
    case "PAYER_ACTION_REQUIRED":
      return PaymentSessionStatus.REQUIRES_MORE
    case "VOIDED":
      return PaymentSessionStatus.CANCELED
    default:
      // CREATED, SAVED, APPROVED: the buyer has not paid yet / we have not captured yet
      return PaymentSessionStatus.PENDING
  }
}
