import type { BigNumberInput, BigNumberRawValue, MedusaContainer } from "@medusajs/framework/types"
import {
  BigNumber,
  ContainerRegistrationKeys,
  defaultCurrencies,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import SubscriptionOrderLink from "../../../links/subscription-order"
import { subscriptionNumber } from "../../../modules/subscription/utils"

type Raw = { raw_amount?: BigNumberInput | null; amount?: BigNumberInput | null }

/** The order as read in loadOrderRefundState. */
type RefundRow = {
  id: string
  raw_amount: BigNumberRawValue
  note?: string | null
  created_by?: string | null
  created_at: Date | string
  refund_reason?: { label?: string | null } | null
}
type PaymentRow = {
  id: string
  provider_id: string
  currency_code?: string | null
  canceled_at?: Date | string | null
  captures?: Raw[] | null
  refunds?: RefundRow[] | null
}
type OrderRow = {
  id: string
  display_id?: number | null
  customer_id?: string | null
  currency_code: string
  payment_collections?: ({ payments?: PaymentRow[] | null } | null)[] | null
}
type SubscriptionRow = {
  id: string
  display_id: number
  status: string
  cancel_at_period_end?: boolean | null
  customer_id: string
  product_title?: string | null
  plan?: string | null
}

export type OrderRefundPayment = {
  id: string
  provider_id: string
  currency_code: string
  captured_amount: number
  refunded_amount: number
  /** captured − refunded, in major units (Medusa BigNumber, rounded to the currency for display) */
  refundable_amount: number
  raw_refundable: string
  canceled: boolean
}

export type OrderRefund = {
  id: string
  payment_id: string
  provider_id: string
  amount: number
  currency_code: string
  note: string | null
  reason: string | null
  created_by: string | null
  created_at: string
}

export type OrderRefundSubscription = {
  id: string
  number: string
  status: string
  cancel_at_period_end: boolean
  customer_id: string
  product_title: string | null
  plan: string | null
}

export type OrderRefundState = {
  order_id: string
  display_id: number | null
  customer_id: string | null
  currency_code: string
  payments: OrderRefundPayment[]
  refunds: OrderRefund[]
  refundable_amount: number
  subscriptions: OrderRefundSubscription[]
}

const sum = (rows: Raw[] | null | undefined) =>
  (rows ?? []).reduce((total, r) => MathBN.add(total, new BigNumber(r.raw_amount ?? r.amount ?? 0)), MathBN.convert(0))

/** The currency's number of decimals (2 when Medusa does not know it). */
export function currencyDigits(currencyCode: string): number {
  return defaultCurrencies[currencyCode.toUpperCase()]?.decimal_digits ?? 2
}

/**
 * What an order's payments took and gave back, its refunds (newest first)
 * and the subscriptions it bought or renewed (the subscription ↔ order link).
 * NOT_FOUND for an unknown order.
 */
export async function loadOrderRefundState(container: MedusaContainer, orderId: string): Promise<OrderRefundState> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "customer_id",
      "currency_code",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.currency_code",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.raw_amount",
      "payment_collections.payments.refunds.id",
      "payment_collections.payments.refunds.raw_amount",
      "payment_collections.payments.refunds.note",
      "payment_collections.payments.refunds.created_by",
      "payment_collections.payments.refunds.created_at",
      "payment_collections.payments.refunds.refund_reason.label",
    ],
    filters: { id: orderId },
  })
  // Query's generated types describe the whole model; the fields read here make this row
  const order = orders[0] as unknown as OrderRow | undefined
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  const payments: OrderRefundPayment[] = []
  const refunds: OrderRefund[] = []
  for (const collection of order.payment_collections ?? []) {
    for (const payment of collection?.payments ?? []) {
      const currency = payment.currency_code ?? order.currency_code
      const captured = sum(payment.captures)
      const refunded = sum(payment.refunds)
      const refundable = MathBN.max(MathBN.sub(captured, refunded), 0)
      payments.push({
        id: payment.id,
        provider_id: payment.provider_id,
        currency_code: currency,
        captured_amount: Number(captured.toFixed(currencyDigits(currency))),
        refunded_amount: Number(refunded.toFixed(currencyDigits(currency))),
        refundable_amount: Number(refundable.toFixed(currencyDigits(currency))),
        raw_refundable: refundable.toString(),
        canceled: !!payment.canceled_at,
      })
      for (const refund of payment.refunds ?? []) {
        refunds.push({
          id: refund.id,
          payment_id: payment.id,
          provider_id: payment.provider_id,
          amount: Number(new BigNumber(refund.raw_amount).numeric),
          currency_code: currency,
          note: refund.note ?? null,
          reason: refund.refund_reason?.label ?? null,
          created_by: refund.created_by ?? null,
          created_at: new Date(refund.created_at).toISOString(),
        })
      }
    }
  }
  refunds.sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id))

  const { data: links } = await query.graph({
    entity: SubscriptionOrderLink.entryPoint,
    fields: ["subscription_id"],
    filters: { order_id: orderId },
  })
  const ids = [...new Set(links.map((l: { subscription_id: string }) => l.subscription_id))]
  const subs = (
    ids.length
      ? (
          await query.graph({
            entity: "subscription",
            fields: ["id", "display_id", "status", "cancel_at_period_end", "customer_id", "product_title", "plan"],
            filters: { id: ids },
          })
        ).data
      : []
  ) as unknown as SubscriptionRow[]

  return {
    order_id: order.id,
    display_id: order.display_id ?? null,
    customer_id: order.customer_id ?? null,
    currency_code: order.currency_code,
    payments,
    refunds,
    refundable_amount: Number(
      payments.reduce((total, p) => MathBN.add(total, p.raw_refundable), MathBN.convert(0)).toFixed(currencyDigits(order.currency_code))
    ),
    subscriptions: subs
      .map((s) => ({
        id: s.id,
        number: subscriptionNumber(s.display_id),
        status: s.status,
        cancel_at_period_end: !!s.cancel_at_period_end,
        customer_id: s.customer_id,
        product_title: s.product_title ?? null,
        plan: s.plan ?? null,
      }))
      .sort((a, b) => a.number.localeCompare(b.number)),
  }
}
