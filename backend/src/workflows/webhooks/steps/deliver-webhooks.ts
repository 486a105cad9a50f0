import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { webhooksService } from "./service"

/**
 * Sends the given deliveries now, if still pending and due (claimed
 * atomically, so a delivery another worker is sending is left alone).
 * A request sent cannot be taken back, so this step has no compensation
 * and comes last.
 */
export const deliverWebhooksStep = createStep(
  "deliver-webhooks",
  async (input: { ids: string[]; asOf: Date }, { container }) => {
    const service = webhooksService(container)
    const asOf = new Date(input.asOf)
    const { claims } = await service.claimDue(asOf, { ids: input.ids })
    const outcomes = await service.attemptDeliveries(claims, asOf)
    return new StepResponse(claims.map((c, i) => ({ id: c.id, outcome: outcomes[i] })))
  }
)
