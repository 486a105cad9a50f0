import { z } from "@medusajs/framework/zod"

/** What Razorpay Checkout's `handler` receives, passed on unchanged. */
export const StoreSubmitRazorpayPayment = z
  .object({
    razorpay_payment_id: z.string().min(1).max(64),
    razorpay_order_id: z.string().min(1).max(64),
    razorpay_signature: z.string().regex(/^[0-9a-f]{64}$/i, "razorpay_signature must be 64 hex characters"),
  })
  .strict()

export type StoreSubmitRazorpayPaymentType = z.infer<typeof StoreSubmitRazorpayPayment>

/** The Terms version the shopper read: the Terms page's `content_updated_at`, as served. */
export const StoreAcceptCartTerms = z
  .object({ terms_version: z.string().trim().min(1).max(64).optional() })
  .strict()

export type StoreAcceptCartTermsType = z.infer<typeof StoreAcceptCartTerms>
