import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ProviderWebhookPayload } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentActions, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { recordPaymentFailureWorkflow } from "../workflows/payment"
import { webhookEventFacts } from "../lib/payment-webhooks"

type SerializedBuffer = { type: "Buffer"; data: number[] }

type WebhookEventData = {
  provider: string
  payload: { data: Record<string, unknown>; rawData: Buffer | string | SerializedBuffer; headers: Record<string, unknown> }
}

/** A Buffer that went through the event bus as JSON. */
const isSerializedBuffer = (raw: WebhookEventData["payload"]["rawData"]): raw is SerializedBuffer =>
  !!raw && typeof raw === "object" && "type" in raw && raw.type === "Buffer" && Array.isArray(raw.data)

/**
 * Medusa's own `payment.webhook_received` handler ignores the `failed` and
 * `canceled` actions. This one records them (payment_log module, once per
 * provider event) and the recorded failure is emailed to the shopper
 * (payment_failure.recorded → payment-failure-recorded.ts). The provider
 * verifies the signature again here: a forged event records nothing.
 */
export default async function paymentWebhookFailuresHandler({ event, container }: SubscriberArgs<WebhookEventData>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const payment = container.resolve(Modules.PAYMENT)
  const raw = event.data.payload.rawData
  const input: ProviderWebhookPayload = {
    ...event.data,
    payload: { ...event.data.payload, rawData: isSerializedBuffer(raw) ? Buffer.from(raw.data) : raw },
  }
  let processed: Awaited<ReturnType<typeof payment.getWebhookActionAndData>>
  try {
    processed = await payment.getWebhookActionAndData(input)
  } catch (e) {
    // refused (bad signature, stale, tampered); Medusa's handler logs it too
    logger.warn(`Payment webhook for ${input.provider} refused: ${(e as Error).message}`)
    return
  }
  if (processed.action !== PaymentActions.FAILED && processed.action !== PaymentActions.CANCELED) {
    return
  }
  const sessionId = processed.data?.session_id
  if (!sessionId) {
    return
  }
  const facts = webhookEventFacts(input.payload)
  await recordPaymentFailureWorkflow(container).run({
    input: {
      event_key: facts.event_key,
      provider_id: `pp_${input.provider}`,
      action: processed.action === PaymentActions.FAILED ? "failed" : "canceled",
      session_id: sessionId,
      amount: processed.data?.amount != null ? Number(processed.data.amount) : null,
      code: facts.code,
      reason: facts.reason,
      occurred_at: facts.occurred_at ?? new Date(),
    },
  })
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "cloudservices-payment-failures" },
}
