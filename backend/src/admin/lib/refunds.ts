import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import { invoiceKeys } from "./invoices"
import { subscriptionKeys } from "./subscriptions"

export type RefundSubscriptionAction = "none" | "cancel" | "suspend"

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

export type OrderRefundPayment = {
  id: string
  provider_id: string
  currency_code: string
  captured_amount: number
  refunded_amount: number
  refundable_amount: number
  canceled: boolean
}

export type OrderRefundSubscription = {
  id: string
  number: string
  status: "active" | "suspended" | "cancelled" | "expired"
  cancel_at_period_end: boolean
  product_title: string | null
  plan: string | null
}

export type OrderRefunds = {
  order_id: string
  currency_code: string
  refundable_amount: number
  payments: OrderRefundPayment[]
  refunds: OrderRefund[]
  subscriptions: OrderRefundSubscription[]
  count: number
}

export type CreateOrderRefund = {
  amount: number
  payment_id?: string
  note?: string
  subscription_action: RefundSubscriptionAction
  reason?: string
}

export type CreatedOrderRefund = OrderRefunds & {
  refund: OrderRefund | null
  changed_subscription_ids: string[]
  skipped_subscription_ids: string[]
}

export const refundKeys = { order: (orderId: string) => ["order-refunds", orderId] as const }

/** Refunds of an order, what is left to refund and its subscriptions (GET /admin/orders/:id/refunds). */
export const useOrderRefunds = (orderId: string) =>
  useQuery({
    queryKey: refundKeys.order(orderId),
    queryFn: () => sdk.client.fetch<OrderRefunds>(`/admin/orders/${orderId}/refunds`),
  })

/** POST /admin/orders/:id/refunds; refreshes the order page (Medusa's own queries), refunds, invoices and subscriptions. */
export const useCreateOrderRefund = (orderId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateOrderRefund) =>
      sdk.client.fetch<CreatedOrderRefund>(`/admin/orders/${orderId}/refunds`, { method: "POST", body }),
    onSuccess: (data) => {
      queryClient.setQueryData(refundKeys.order(orderId), data)
    },
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: refundKeys.order(orderId) })
      queryClient.invalidateQueries({ queryKey: subscriptionKeys.all })
      queryClient.invalidateQueries({ queryKey: invoiceKeys.order(orderId) })
      // the order page's payment section and totals
      queryClient.invalidateQueries({ queryKey: ["orders"] })
    },
  })
}

/** What the refund dialog sends: an amount in major units with at most the currency's decimals. */
export function parseRefundAmount(value: string, max: number): { amount: number | null; error: string | null } {
  const text = value.trim().replace(",", ".")
  if (!text) {
    return { amount: null, error: "Enter an amount" }
  }
  if (!/^\d+(\.\d+)?$/.test(text)) {
    return { amount: null, error: "Enter a number such as 12.50" }
  }
  const amount = Number(text)
  if (!(amount > 0)) {
    return { amount: null, error: "The amount must be greater than 0" }
  }
  if (amount > max) {
    return { amount: null, error: "More than is left to refund" }
  }
  return { amount, error: null }
}
