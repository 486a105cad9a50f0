import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * Medusa's `/hooks/payment/:provider` route answers 200 to anything and checks
 * the signature only later, in its subscriber, where a failure is a log line
 * nobody sees and the sender never learns it was refused. For the gateways
 * listed here the provider checks the signature first, with its own
 * verification:
 *   - Stripe: `t=,v1=` HMAC-SHA256 with a 300 s tolerance (the SDK's constructEvent);
 *   - PayPal: transmission headers present, transmission time within
 *     PAYPAL_WEBHOOK_TOLERANCE_SECONDS (300 s), then PayPal's
 *     verify-webhook-signature with the webhook id and the body byte for byte;
 *   - Razorpay: HMAC-SHA256 of the raw body with RAZORPAY_WEBHOOK_SECRET.
 * A forged, tampered or stale event is answered 400 and logged, and never
 * queued. When the check itself could not be made (the gateway's API is down)
 * the answer is 503, so the gateway delivers the event again later. A genuine
 * event for a payment session that no longer exists is acknowledged (200) and
 * not queued (see below). The subscribers check it again before anything
 * changes.
 */
export const VERIFIED_WEBHOOK_PROVIDERS = ["stripe_stripe", "paypal_paypal", "razorpay_razorpay"]

/** The provider refused the event itself (signature, age, shape), as opposed to failing to check it. */
export function isWebhookRefusal(error: unknown): boolean {
  const e = error as { type?: string; message?: string }
  if (e && MedusaError.isMedusaError(e)) {
    // the PayPal/Razorpay providers refuse with UNAUTHORIZED; INVALID_DATA is a body they can't read
    return e.type === MedusaError.Types.UNAUTHORIZED || e.type === MedusaError.Types.INVALID_DATA
  }
  if (typeof e?.message === "string" && /constructWebhookEvent/.test(e.message)) {
    // Medusa's Stripe provider wraps the SDK's signature/timestamp error
    return true
  }
  return false
}

/** Medusa's payment module could not find the provider (not registered in this process: no keys). */
export function isUnknownProviderError(error: unknown): boolean {
  return /Unable to retrieve the payment provider/.test((error as Error)?.message ?? "")
}

const notConfigured = (provider: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Payment provider ${provider} is not configured here`)

/**
 * Only a provider this server runs takes webhooks: anything else is 404 (a
 * gateway whose keys are not set included), so a forged event for a made-up
 * provider is never queued and a configured-out gateway is told plainly.
 */
export async function requireConfiguredProvider(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const provider = (req.params as Record<string, string>).provider ?? ""
  const payment = req.scope.resolve(Modules.PAYMENT)
  const [known] = /^[a-z0-9_-]{1,100}$/i.test(provider)
    ? await payment.listPaymentProviders({ id: `pp_${provider}`, is_enabled: true })
    : []
  if (!known) {
    throw notConfigured(provider)
  }
  next()
}

export async function verifyPaymentWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const provider = (req.params as Record<string, string>).provider
  if (!VERIFIED_WEBHOOK_PROVIDERS.includes(provider)) {
    return next()
  }
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const payment = req.scope.resolve(Modules.PAYMENT)
  let sessionId: unknown
  try {
    const result = await payment.getWebhookActionAndData({
      provider,
      payload: { data: req.body as Record<string, unknown>, rawData: req.rawBody, headers: req.headers as Record<string, unknown> },
    })
    sessionId = (result as { data?: { session_id?: unknown } })?.data?.session_id
  } catch (e) {
    const message = ((e as Error)?.message ?? String(e)).replace(/\s+/g, " ").slice(0, 300)
    if (isUnknownProviderError(e)) {
      // a gateway that ran here before (its row is still enabled) but has no keys now
      throw notConfigured(provider)
    }
    if (isWebhookRefusal(e)) {
      logger.warn(`Payment webhook refused: provider ${provider}, from ${req.ip ?? "unknown"}: ${message}`)
      res.status(400).json({ type: "invalid_data", message: "Webhook signature verification failed" })
      return
    }
    logger.error(`Payment webhook could not be verified now: provider ${provider}, from ${req.ip ?? "unknown"}: ${message}`)
    res.status(503).json({ type: "unexpected_state", message: "The webhook could not be verified now; deliver it again later" })
    return
  }
  if (typeof sessionId === "string" && sessionId && !(await paymentSessionExists(req, sessionId))) {
    // Medusa's processPaymentWorkflow looks the cart up through the session; for a session that is
    // gone (the shopper switched gateways or changed the cart, which replaces the session) its
    // lookups run with an empty filter and would complete some other cart. Acknowledge, don't queue.
    logger.warn(`Payment webhook ignored: provider ${provider}: payment session ${sessionId} no longer exists`)
    res.status(200).json({ received: true, ignored: "unknown payment session" })
    return
  }
  next()
}

async function paymentSessionExists(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment_session", fields: ["id"], filters: { id } })
  return data.length > 0
}

export const paymentHookMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/payment/:provider",
    bodyParser: { preserveRawBody: true },
    middlewares: [requireConfiguredProvider, verifyPaymentWebhook],
  },
]
