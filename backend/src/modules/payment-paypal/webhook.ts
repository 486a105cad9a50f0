import type { Logger, ProviderWebhookPayload, WebhookActionResult } from "@medusajs/framework/types"
import { MedusaError, PaymentActions } from "@medusajs/framework/utils"
import { PayPalApiError, type PayPalClient } from "./client"
import type { PayPalOptions } from "./types"
import { fromPayPalValue, sessionIdFromCustomId } from "./utils"

// PayPal's webhooks: the signature check (PayPal verifies it for us) and the
// payment action an event stands for.

const WEBHOOK_ACTIONS: Record<string, PaymentActions> = {
  "CHECKOUT.ORDER.APPROVED": PaymentActions.AUTHORIZED,
  "PAYMENT.AUTHORIZATION.CREATED": PaymentActions.AUTHORIZED,
  "PAYMENT.CAPTURE.COMPLETED": PaymentActions.SUCCESSFUL,
  "PAYMENT.CAPTURE.PENDING": PaymentActions.PENDING,
  "PAYMENT.CAPTURE.DENIED": PaymentActions.FAILED,
  "PAYMENT.CAPTURE.DECLINED": PaymentActions.FAILED,
  "CHECKOUT.PAYMENT-APPROVAL.REVERSED": PaymentActions.FAILED,
  "PAYMENT.AUTHORIZATION.VOIDED": PaymentActions.CANCELED,
}

const TRANSMISSION_HEADERS = [
  "paypal-transmission-id",
  "paypal-transmission-time",
  "paypal-transmission-sig",
  "paypal-cert-url",
  "paypal-auth-algo",
] as const

/** Throws (logged by the caller and here) for anything PayPal did not sign or that is too old. */
export async function verifyPayPalWebhook(
  client: PayPalClient,
  options: PayPalOptions,
  logger: Logger,
  payload: ProviderWebhookPayload["payload"]
): Promise<string> {
  const headers = payload.headers as Record<string, string | undefined>
  const refuse = (why: string): never => {
    logger.warn(`PayPal webhook refused: ${why} (transmission ${headers["paypal-transmission-id"] ?? "?"})`)
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, `PayPal webhook refused: ${why}`)
  }
  if (!options.webhookId) {
    return refuse("PAYPAL_WEBHOOK_ID is not configured")
  }
  const missing = TRANSMISSION_HEADERS.filter((h) => typeof headers[h] !== "string" || !headers[h])
  if (missing.length) {
    return refuse(`missing ${missing.join(", ")}`)
  }
  const sentAt = Date.parse(headers["paypal-transmission-time"]!)
  const toleranceMs = (options.webhookToleranceSeconds ?? 300) * 1000
  if (!Number.isFinite(sentAt) || Math.abs(Date.now() - sentAt) > toleranceMs) {
    return refuse(`stale transmission time ${headers["paypal-transmission-time"]}`)
  }
  const raw = Buffer.isBuffer(payload.rawData) ? payload.rawData.toString("utf8") : String(payload.rawData ?? "")
  try {
    JSON.parse(raw)
  } catch {
    return refuse("body is not JSON")
  }
  // the event goes back byte for byte: PayPal's check covers a CRC32 of the body it sent
  const envelope = JSON.stringify({
    auth_algo: headers["paypal-auth-algo"],
    cert_url: headers["paypal-cert-url"],
    transmission_id: headers["paypal-transmission-id"],
    transmission_sig: headers["paypal-transmission-sig"],
    transmission_time: headers["paypal-transmission-time"],
    webhook_id: options.webhookId,
  })
  const body = `${envelope.slice(0, -1)},"webhook_event":${raw}}`
  let result: { verification_status?: string }
  try {
    result = await client.request<{ verification_status?: string }>(
      "POST",
      "/v1/notifications/verify-webhook-signature",
      "verify webhook signature",
      { rawBody: body }
    )
  } catch (e) {
    // PayPal refuses to check headers it can't read (a cert URL that isn't PayPal's, a malformed
    // signature): that is a refusal of the event; its outage or our credentials are not
    if (e instanceof PayPalApiError && (e.status === 400 || e.status === 422)) {
      return refuse(`PayPal could not verify it (${e.issue ?? e.message})`)
    }
    throw e
  }
  if (result.verification_status !== "SUCCESS") {
    return refuse(`signature verification ${result.verification_status ?? "failed"}`)
  }
  return raw
}

/** What a verified event asks of Medusa, for the session its custom_id names (NOT_SUPPORTED otherwise). */
export function webhookActionOf(clientSecret: string, raw: string, logger: Logger): WebhookActionResult {
  const event = JSON.parse(raw) as { id?: string; event_type?: string; resource?: Record<string, any> }
  const action = WEBHOOK_ACTIONS[event.event_type ?? ""]
  if (!action || !event.resource) {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
  // order events carry the purchase unit; capture/authorization events carry custom_id themselves
  const unit = event.event_type!.startsWith("CHECKOUT.") ? event.resource.purchase_units?.[0] : event.resource
  const value = unit?.amount?.value as string | undefined
  const currency = unit?.amount?.currency_code as string | undefined
  const sessionId = sessionIdFromCustomId(clientSecret, unit?.custom_id, value, currency)
  if (!sessionId) {
    logger.warn(`PayPal webhook ${event.id} (${event.event_type}) names no session of this store: ignored`)
    return { action: PaymentActions.NOT_SUPPORTED }
  }
  return { action, data: { session_id: sessionId, amount: fromPayPalValue(value) } }
}
