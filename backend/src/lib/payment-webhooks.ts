import { createHash } from "crypto"

export type WebhookPayload = {
  data?: Record<string, unknown>
  rawData?: Buffer | string | unknown
  headers?: Record<string, unknown>
}

function rawText(rawData: unknown): string {
  if (Buffer.isBuffer(rawData)) return rawData.toString("utf8")
  if (typeof rawData === "string") return rawData
  return ""
}

/**
 * What a verified webhook says beyond Medusa's action: a stable key for
 * de-duplication (the gateway's event id, else a hash of the signed body),
 * the decline code/message and when it happened (Stripe, PayPal and Razorpay
 * event shapes). Only call this after the provider verified the payload.
 */
export function webhookEventFacts(payload: WebhookPayload): {
  event_key: string
  code: string | null
  reason: string | null
  occurred_at: Date | null
} {
  const text = rawText(payload.rawData)
  let body: any = payload.data ?? {}
  if (text) {
    try {
      body = JSON.parse(text)
    } catch {
      // keep the parsed body Medusa gave
    }
  }
  const headers = payload.headers ?? {}
  const headerId = headers["x-razorpay-event-id"]
  const id =
    (typeof body?.id === "string" && body.id) ||
    (typeof headerId === "string" && headerId) ||
    `sha256:${createHash("sha256").update(text || JSON.stringify(body ?? {})).digest("hex")}`
  // Stripe: data.object is the PaymentIntent
  const object = body?.data?.object ?? {}
  const lastError = object?.last_payment_error ?? null
  // PayPal: resource is the capture/authorization/order (status_details.reason on a denied capture)
  const resource = body?.resource ?? null
  // Razorpay: payload.payment.entity (error_reason/error_code, error_description)
  const rzpPayment = body?.payload?.payment?.entity ?? null
  const code: string | null =
    lastError?.decline_code ??
    lastError?.code ??
    object?.cancellation_reason ??
    resource?.status_details?.reason ??
    (resource && typeof body?.event_type === "string" ? resource.status ?? null : null) ??
    rzpPayment?.error_reason ??
    rzpPayment?.error_code ??
    null
  const reason: string | null =
    lastError?.message ??
    (object?.cancellation_reason ? `Cancelled: ${String(object.cancellation_reason).replace(/_/g, " ")}` : null) ??
    (typeof body?.summary === "string" && resource ? body.summary : null) ??
    rzpPayment?.error_description ??
    null
  const created =
    typeof body?.created === "number"
      ? new Date(body.created * 1000)
      : typeof body?.create_time === "string" && !isNaN(Date.parse(body.create_time))
        ? new Date(body.create_time)
        : typeof body?.created_at === "number"
          ? new Date(body.created_at * 1000)
          : null
  return { event_key: String(id), code, reason, occurred_at: created }
}
