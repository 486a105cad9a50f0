// The module's options and what it keeps in a payment session's `data`.

export const PAYPAL_SANDBOX_API = "https://api-m.sandbox.paypal.com"
export const PAYPAL_LIVE_API = "https://api-m.paypal.com"

export type PayPalOptions = {
  clientId: string
  clientSecret: string
  /** REST origin; default sandbox, live when environment = "live" */
  apiBase?: string
  environment?: "sandbox" | "live"
  /** the webhook's id in the PayPal dashboard; without it every webhook is refused */
  webhookId?: string
  /** true (default): intent CAPTURE, money moves at cart completion; false: intent AUTHORIZE */
  capture?: boolean
  /** older paypal-transmission-time is refused (default 300 s) */
  webhookToleranceSeconds?: number
  /** return/cancel URLs sent by the storefront must start with this */
  storefrontUrl?: string
  brandName?: string
}

/** What this module keeps in the payment session / payment `data` (see README.md). */
export type PayPalSessionData = {
  paypal_order_id: string
  approve_url: string | null
  status: string
  intent: "CAPTURE" | "AUTHORIZE"
  amount: string
  currency_code: string
  session_id: string
  custom_id: string
  capture_id: string | null
  capture_status: string | null
  authorization_id: string | null
  refunds?: Array<{ id: string; status: string; value: string }>
  error?: string
}
