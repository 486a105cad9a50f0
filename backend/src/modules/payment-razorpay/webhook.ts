import type { Logger, ProviderWebhookPayload, WebhookActionResult } from "@medusajs/framework/types"
import { MedusaError, PaymentActions } from "@medusajs/framework/utils"
import { hmacHex, signatureMatches, type RazorpayClient, type RazorpayOrder, type RazorpayPayment } from "./client"
import { sessionOfOrder } from "./session-data"
import { RAZORPAY_WEBHOOK_MAX_AGE_SECONDS, type RazorpayOptions } from "./types"

/**
 * Verifies a webhook (HMAC of the body with the webhook secret, a bounded age) and says what it
 * asks of Medusa. Throws UNAUTHORIZED (logged) for anything Razorpay did not sign.
 */
export async function razorpayWebhookAction(
  client: RazorpayClient,
  options: RazorpayOptions,
  logger: Logger,
  payload: ProviderWebhookPayload["payload"]
): Promise<WebhookActionResult> {
  const headers = payload.headers as Record<string, string | undefined>
  const raw = Buffer.isBuffer(payload.rawData) ? payload.rawData : Buffer.from(String(payload.rawData ?? ""), "utf8")
  const refuse = (why: string): never => {
    logger.warn(`Razorpay webhook refused: ${why} (event ${headers["x-razorpay-event-id"] ?? "?"})`)
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, `Razorpay webhook refused: ${why}`)
  }
  if (!options.webhookSecret) {
    return refuse("RAZORPAY_WEBHOOK_SECRET is not configured")
  }
  if (!signatureMatches(hmacHex(options.webhookSecret, raw), headers["x-razorpay-signature"])) {
    return refuse("signature does not match the body")
  }
  let event: { event?: string; created_at?: number; payload?: Record<string, { entity?: Record<string, any> }> }
  try {
    event = JSON.parse(raw.toString("utf8"))
  } catch {
    return refuse("body is not JSON")
  }
  // the signature has no timestamp of its own; the signed created_at bounds how long a captured
  // event can be replayed (replays within the window change nothing: handlers are idempotent)
  const maxAgeMs = (options.webhookMaxAgeSeconds ?? RAZORPAY_WEBHOOK_MAX_AGE_SECONDS) * 1000
  if (typeof event.created_at === "number" && Date.now() - event.created_at * 1000 > maxAgeMs) {
    return refuse(`stale event created at ${new Date(event.created_at * 1000).toISOString()}`)
  }
  const payment = event.payload?.payment?.entity as RazorpayPayment | undefined
  switch (event.event) {
    case "order.paid": {
      const order = event.payload?.order?.entity as RazorpayOrder | undefined
      const sessionId = sessionOfOrder(order)
      if (!order || !sessionId) {
        return { action: PaymentActions.NOT_SUPPORTED }
      }
      return {
        action: PaymentActions.SUCCESSFUL,
        data: { session_id: sessionId, amount: (order.amount_paid ?? order.amount) / 100 },
      }
    }
    case "payment.authorized":
    case "payment.captured":
    case "payment.failed": {
      if (!payment?.order_id) {
        return { action: PaymentActions.NOT_SUPPORTED }
      }
      // payment notes come from the browser: the session is read from the server-created order
      const order = await client.request<RazorpayOrder>("GET", `/v1/orders/${payment.order_id}`, "get order")
      const sessionId = sessionOfOrder(order)
      if (!sessionId) {
        return { action: PaymentActions.NOT_SUPPORTED }
      }
      const action =
        event.event === "payment.captured"
          ? PaymentActions.SUCCESSFUL
          : event.event === "payment.authorized"
            ? PaymentActions.AUTHORIZED
            : PaymentActions.FAILED
      return { action, data: { session_id: sessionId, amount: payment.amount / 100 } }
    }
    default:
      // refund.* and the rest: refunds are made (and recorded) through Medusa's admin
      return { action: PaymentActions.NOT_SUPPORTED }
  }
}
