"use server"

import { sdk } from "@lib/config"
import { getAuthHeaders } from "./cookies"

export type StorePaymentStatus = "authorized" | "captured" | "partially_refunded" | "refunded" | "canceled"

/** One payment of the signed-in customer's orders, with its refunds (GET /store/account/payments). */
export type StorePayment = {
  id: string
  amount: number
  currency_code: string
  provider_id: string
  status: StorePaymentStatus
  created_at: string
  captured_at: string | null
  canceled_at: string | null
  refunds: { id: string; amount: number; created_at: string }[]
  order: { id: string; display_id: number }
  invoice: { number: string | null; url: string }
}

type StorePaymentListResponse = { payments: StorePayment[]; count: number; limit: number; offset: number }

/** The signed-in customer's payments, newest first; never cached. */
export async function listPayments({ limit = 20, offset = 0 }: { limit?: number; offset?: number } = {}) {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return { payments: [] as StorePayment[], count: 0 }
  }
  return sdk.client
    .fetch<StorePaymentListResponse>("/store/account/payments", {
      query: { limit, offset },
      headers,
      cache: "no-store",
    })
    .then(({ payments, count }) => ({ payments, count }))
}
