import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { subscriptionChangeAllowed, type SubscriptionChange } from "../../subscription/steps/change-subscription"
import { currencyDigits, loadOrderRefundState } from "../utils/order-refunds"

export type SubscriptionRefundAction = "none" | "cancel" | "suspend"

export type ValidateOrderRefundInput = {
  order_id: string
  /** one of the order's payments; default: the one with the most left to refund */
  payment_id?: string
  /** major units (Medusa BigNumber conventions), > 0 */
  amount: number
  subscription_action: SubscriptionRefundAction
}

export type ValidatedOrderRefund = {
  order_id: string
  display_id: number | null
  customer_id: string | null
  payment_id: string
  currency_code: string
  amount: number
  /** the order's subscriptions the action applies to */
  subscription_ids: string[]
  /** linked subscriptions left as they are (already cancelled, not active for a suspension) */
  skipped_subscription_ids: string[]
}

/** The subscription change a refund option stands for. */
export function refundSubscriptionChange(
  action: SubscriptionRefundAction,
  reason: string | null | undefined,
  displayId: number | null
): SubscriptionChange | null {
  const why = reason?.trim() || `Refund of order #${displayId ?? "?"}`
  switch (action) {
    case "cancel":
      return { action: "cancel", immediately: true, note: why }
    case "suspend":
      return { action: "suspend", reason: why }
    default:
      return null
  }
}

/**
 * Guards an admin's refund of an order before anything is written: the order
 * exists (404), the payment is one of the order's (400), the amount is at most
 * what is left to refund of it (400), and which linked subscriptions the
 * chosen action can change.
 */
export const validateOrderRefundStep = createStep(
  "validate-order-refund",
  async (input: ValidateOrderRefundInput, { container }) => {
    const state = await loadOrderRefundState(container, input.order_id)
    const live = state.payments.filter((p) => !p.canceled)
    let payment = input.payment_id ? state.payments.find((p) => p.id === input.payment_id) : undefined
    if (input.payment_id && !payment) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Payment ${input.payment_id} is not a payment of order ${input.order_id}`)
    }
    if (!payment) {
      payment = [...live].sort((a, b) => (MathBN.gt(b.raw_refundable, a.raw_refundable) ? 1 : -1))[0]
    }
    if (!payment || !MathBN.gt(payment.raw_refundable, 0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Nothing to refund: the order's payment is not captured or already refunded in full"
      )
    }
    if (!(input.amount > 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The refund amount must be greater than 0")
    }
    // a refundable amount with more decimals than the currency (taxes) may be refunded rounded to the currency
    const rounded = MathBN.convert(payment.raw_refundable).decimalPlaces(currencyDigits(payment.currency_code), 4 /* ROUND_HALF_UP */)
    const limit = MathBN.max(payment.raw_refundable, rounded)
    if (MathBN.gt(input.amount, limit)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The refund amount ${input.amount} is more than the ${payment.refundable_amount} ${payment.currency_code.toUpperCase()} left to refund of payment ${payment.id}`
      )
    }
    const change = refundSubscriptionChange(input.subscription_action, "-", state.display_id)
    const applicable = change ? state.subscriptions.filter((s) => subscriptionChangeAllowed(s, change)) : []
    const result: ValidatedOrderRefund = {
      order_id: state.order_id,
      display_id: state.display_id,
      customer_id: state.customer_id,
      payment_id: payment.id,
      currency_code: payment.currency_code,
      amount: input.amount,
      subscription_ids: applicable.map((s) => s.id),
      skipped_subscription_ids: change ? state.subscriptions.filter((s) => !applicable.includes(s)).map((s) => s.id) : [],
    }
    return new StepResponse(result)
  }
)
