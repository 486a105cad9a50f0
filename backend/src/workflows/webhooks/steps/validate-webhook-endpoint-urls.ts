import { createStep } from "@medusajs/framework/workflows-sdk"
import { webhooksService } from "./service"

/**
 * Guard: each URL is http(s) and, unless WEBHOOK_ALLOW_PRIVATE=true, neither
 * is nor resolves to a private, loopback or link-local address (400 otherwise).
 */
export const validateWebhookEndpointUrlsStep = createStep(
  "validate-webhook-endpoint-urls",
  async (input: { url?: string }[], { container }) => {
    const service = webhooksService(container)
    for (const { url } of input) {
      if (url !== undefined) {
        await service.assertDeliverableUrl(url)
      }
    }
  }
)
