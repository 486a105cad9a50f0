"use server"

import { sdk } from "@lib/config"

export type PaymentProviderOption = { id: string }

/** The payment providers the region offers (`GET /store/payment-providers?region_id=`). */
export async function listPaymentProviders(regionId: string): Promise<PaymentProviderOption[]> {
  try {
    const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId }, {})
    return payment_providers.map((p) => ({ id: p.id }))
  } catch {
    return []
  }
}
