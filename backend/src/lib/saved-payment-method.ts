import { PAYMENT_PROVIDER_IDS } from "./payment-providers"

/**
 * Subscriptions keep the card a customer saved for auto-renew as
 * `payment_method_ref = "<provider id>:<payment method id>"`, e.g.
 * `pp_stripe_stripe:pm_123`. A Stripe payment made with
 * `setup_future_usage: "off_session"` (the storefront's "save card for
 * auto-renew" box) attaches its card to the customer's Stripe account holder;
 * that card is what renewals charge off-session.
 */
export function savedPaymentMethodRef(
  payments: Array<{ provider_id?: string | null; data?: Record<string, unknown> | null } | null | undefined>
): string | null {
  for (const payment of payments) {
    if (!payment || payment.provider_id !== PAYMENT_PROVIDER_IDS.stripe) {
      continue
    }
    const data = payment.data ?? {}
    if (data.setup_future_usage !== "off_session" || !data.customer) {
      continue
    }
    const pm = data.payment_method as string | { id?: string } | null | undefined
    const id = typeof pm === "string" ? pm : pm?.id
    if (id) {
      return `${payment.provider_id}:${id}`
    }
  }
  return null
}

export function parsePaymentMethodRef(ref: string | null | undefined): { provider_id: string; payment_method: string } | null {
  if (!ref) {
    return null
  }
  const i = ref.indexOf(":")
  if (i <= 0 || i === ref.length - 1) {
    return null
  }
  return { provider_id: ref.slice(0, i), payment_method: ref.slice(i + 1) }
}
