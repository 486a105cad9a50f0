"use server"

import { sdk } from "@lib/config"
import { getAuthHeaders } from "./cookies"
import type { StorePayment, StorePaymentListResponse } from "@cs/http-types"
export type { StorePayment }
export type { PaymentStatus as StorePaymentStatus } from "@cs/http-types"

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
