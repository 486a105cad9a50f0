import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Medusa's `/hooks/payment/:provider` route answers 200 to anything and checks
 * the signature only later, in its subscriber, where a failure is a log line
 * nobody sees and the sender never learns it was refused. For the gateways
 * listed here the provider checks the signature first (Stripe: `t=,v1=`
 * HMAC-SHA256 with a 300 s tolerance, via the SDK's constructEvent): a forged,
 * tampered or stale event is answered 400 and logged, and never queued. The
 * subscriber checks it again before anything changes.
 */
export const VERIFIED_WEBHOOK_PROVIDERS = ["stripe_stripe"]

export async function verifyPaymentWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const provider = (req.params as Record<string, string>).provider
  if (!VERIFIED_WEBHOOK_PROVIDERS.includes(provider)) {
    return next()
  }
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const payment = req.scope.resolve(Modules.PAYMENT)
  try {
    await payment.getWebhookActionAndData({
      provider,
      payload: { data: req.body as Record<string, unknown>, rawData: (req as any).rawBody, headers: req.headers as Record<string, unknown> },
    } as any)
  } catch (e) {
    const message = (e as Error).message
    logger.warn(
      `Payment webhook refused: provider ${provider}, from ${req.ip ?? "unknown"}: ${message.replace(/\s+/g, " ").slice(0, 300)}`
    )
    res.status(400).json({ type: "invalid_data", message: "Webhook signature verification failed" })
    return
  }
  next()
}

export const paymentHookMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/payment/:provider",
    bodyParser: { preserveRawBody: true },
    middlewares: [verifyPaymentWebhook],
  },
]
