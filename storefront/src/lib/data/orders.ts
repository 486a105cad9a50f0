"use server"

import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@lib/config"
import { getAuthHeaders } from "./cookies"
import type {
  OrderPayment,
  StoreCreditNote as CreditNote,
  OrderPaymentResponse,
  StoreCreditNoteListResponse,
} from "@cs/http-types"
export type { OrderPayment, CreditNote }

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

/**
 * The payment state of an order its viewer may see (same ownership as the
 * order); null when it is unknown, e.g. on a backend without the route.
 */
export async function retrieveOrderPayment(id: string): Promise<OrderPayment | null> {
  return sdk.client
    .fetch<OrderPaymentResponse>(`/store/orders/${id}/payment`, {
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    .then(({ payment }) => payment ?? null)
    .catch(() => null)
}

/** The credit notes (refunds) of the signed-in customer's order, oldest first; none when it is not theirs. */
export async function listCreditNotes(orderId: string): Promise<CreditNote[]> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return []
  }
  return sdk.client
    .fetch<StoreCreditNoteListResponse>(`/store/orders/${orderId}/credit-notes`, { headers, cache: "no-store" })
    .then(({ credit_notes }) => credit_notes)
    .catch(() => [])
}
