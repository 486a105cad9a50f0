"use server"

import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@lib/config"
import { getAuthHeaders } from "./cookies"

const ORDER_FIELDS = [
  "+customer_id",
  "+display_id",
  "+email",
  "*items",
  "*items.variant",
  "+items.variant.metadata",
  "*billing_address",
  "+item_subtotal",
  "+subtotal",
  "+tax_total",
  "+discount_total",
  "+total",
].join(",")

/** The signed-in customer's orders, newest first; never cached. */
export async function listOrders({
  limit = 20,
  offset = 0,
}: { limit?: number; offset?: number } = {}): Promise<{
  orders: HttpTypes.StoreOrder[]
  count: number
}> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return { orders: [], count: 0 }
  }
  return sdk.client
    .fetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
      query: {
        limit,
        offset,
        order: "-created_at",
        fields: "id,display_id,created_at,status,payment_status,currency_code,total,*items",
      },
      headers,
      cache: "no-store",
    })
    .then(({ orders, count }) => ({ orders, count }))
}

/** One order by id; never cached. Callers check who may see it. */
export async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  return sdk.client
    .fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${id}`, {
      query: { fields: ORDER_FIELDS },
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    .then(({ order }) => order)
    .catch(() => null)
}

/** How an order is being paid (`GET /store/orders/:id/payment`). */
export type OrderPayment = {
  status: "awaiting_payment" | "paid" | "cancelled"
  method: "pay_later" | "card" | "paypal" | "razorpay" | "other"
  provider_id: string | null
  due_at: string | null
  instructions: string | null
  total: number
  currency_code: string
}

/**
 * The payment state of an order its viewer may see (same ownership as the
 * order); null when it is unknown, e.g. on a backend without the route.
 */
export async function retrieveOrderPayment(id: string): Promise<OrderPayment | null> {
  return sdk.client
    .fetch<{ payment: OrderPayment }>(`/store/orders/${id}/payment`, {
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    .then(({ payment }) => payment ?? null)
    .catch(() => null)
}

export type CreditNote = {
  id: string
  number: string
  currency_code: string
  total: number
  issued_at: string
}

/** The credit notes (refunds) of the signed-in customer's order, oldest first; none when it is not theirs. */
export async function listCreditNotes(orderId: string): Promise<CreditNote[]> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return []
  }
  return sdk.client
    .fetch<{ credit_notes: CreditNote[] }>(`/store/orders/${orderId}/credit-notes`, { headers, cache: "no-store" })
    .then(({ credit_notes }) => credit_notes)
    .catch(() => [])
}
