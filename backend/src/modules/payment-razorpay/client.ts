import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * Razorpay REST over fetch with Basic auth (key id : key secret). The `razorpay` npm SDK hard-codes
 * https://api.razorpay.com, so it could not be pointed at a stub in tests.
 */

export type RazorpayOrder = {
  id: string
  entity: "order"
  amount: number
  amount_paid?: number
  currency: string
  receipt?: string | null
  status: string
  notes?: Record<string, string> | []
}
export type RazorpayPayment = {
  id: string
  entity: "payment"
  amount: number
  currency: string
  status: "created" | "authorized" | "captured" | "refunded" | "failed" | string
  order_id: string | null
  captured?: boolean
  error_code?: string | null
  error_description?: string | null
}
export type RazorpayRefund = { id: string; entity: "refund"; amount: number; payment_id: string; status: string }

export class RazorpayApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, any> | null,
    what: string
  ) {
    super(`Razorpay ${what} failed (${status}${body?.error?.description ? `: ${body.error.description}` : ""})`)
  }
}

export class RazorpayClient {
  constructor(private readonly options: { keyId: string; keySecret: string; apiBase: string }) {}

  async request<T>(method: "GET" | "POST", path: string, what: string, body?: unknown): Promise<T> {
    const basic = Buffer.from(`${this.options.keyId}:${this.options.keySecret}`).toString("base64")
    const res = await fetch(`${this.options.apiBase.replace(/\/$/, "")}${path}`, {
      method,
      headers: {
        authorization: `Basic ${basic}`,
        accept: "application/json",
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    })
    const text = await res.text()
    let parsed: Record<string, any> | null = null
    try {
      parsed = text ? (JSON.parse(text) as Record<string, any>) : null
    } catch {
      parsed = null
    }
    if (!res.ok) {
      throw new RazorpayApiError(res.status, parsed, what)
    }
    return (parsed ?? {}) as T
  }
}

export function hmacHex(secret: string, message: string | Buffer) {
  return createHmac("sha256", secret).update(message).digest("hex")
}

/** Constant-time comparison of a hex signature with the expected one. */
export function signatureMatches(expectedHex: string, given: unknown): boolean {
  if (typeof given !== "string" || !/^[0-9a-f]+$/i.test(given)) {
    return false
  }
  const a = Buffer.from(expectedHex, "hex")
  const b = Buffer.from(given, "hex")
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Checkout's signature: HMAC-SHA256 of `<order id>|<payment id>` with the key secret. */
export function checkoutSignatureMatches(keySecret: string, orderId: string, paymentId: string, signature: unknown) {
  return signatureMatches(hmacHex(keySecret, `${orderId}|${paymentId}`), signature)
}
