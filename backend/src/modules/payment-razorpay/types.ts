// The module's options and what it keeps in a payment session's `data`.

export const RAZORPAY_API = "https://api.razorpay.com"

export type RazorpayOptions = {
  keyId: string
  keySecret: string
  /** without it every webhook is refused */
  webhookSecret?: string
  apiBase?: string
  /** true (default): capture when the cart completes; false: the admin captures later */
  capture?: boolean
  /**
   * An event whose (signed) `created_at` is older is refused as stale (default 172800 s = 48 h:
   * Razorpay retries a failed delivery for 24 h, with the same body and signature)
   */
  webhookMaxAgeSeconds?: number
}

export const RAZORPAY_WEBHOOK_MAX_AGE_SECONDS = 48 * 60 * 60

/** What this module keeps in the payment session / payment `data` (see README.md). */
export type RazorpaySessionData = {
  razorpay_order_id: string
  key_id: string
  /** paise */
  amount: number
  currency: "INR"
  session_id: string
  status: string
  razorpay_payment_id: string | null
  razorpay_signature: string | null
  refunds?: Array<{ id: string; amount: number; status: string }>
  error?: string
}
