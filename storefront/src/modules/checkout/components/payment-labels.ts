export const SYSTEM_PROVIDER = "pp_system_default"
export const STRIPE_PROVIDER = "pp_stripe_stripe"
export const PAYPAL_PROVIDER = "pp_paypal_paypal"
export const RAZORPAY_PROVIDER = "pp_razorpay_razorpay"

export const PROVIDER_LABELS: Record<string, { title: string; hint: string }> = {
  [SYSTEM_PROVIDER]: {
    title: "Bank transfer / pay later",
    hint: "Your order is placed now; your services start when your transfer arrives.",
  },
  [STRIPE_PROVIDER]: { title: "Card", hint: "Visa, Mastercard, American Express and more, processed by Stripe." },
  [PAYPAL_PROVIDER]: { title: "PayPal", hint: "Pay with your PayPal account or a card through PayPal." },
  [RAZORPAY_PROVIDER]: { title: "Razorpay", hint: "UPI, cards, netbanking and wallets (INR), processed by Razorpay." },
}

export function providerLabel(id: string) {
  return PROVIDER_LABELS[id] ?? { title: id.replace(/^pp_/, "").replace(/_/g, " "), hint: "" }
}

/** What a shopper sees when a gateway's script cannot load (e.g. no internet connection). */
export function unavailableMessage(name: string) {
  return `${name} could not be loaded — check your connection or disable blockers for this page, then try again, or go back and choose another payment method.`
}

const METHOD_LABELS: Record<string, string> = {
  pay_later: PROVIDER_LABELS[SYSTEM_PROVIDER].title,
  card: "Card",
  paypal: "PayPal",
  razorpay: "Razorpay",
}

/** An order's payment method (`pay_later`, `card`…) as the shopper knows it. */
export function paymentMethodLabel(method: string) {
  return METHOD_LABELS[method] ?? "Other"
}
