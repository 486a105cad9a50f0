import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { selectsEvent } from "../../../modules/webhooks/events"
import { webhooksService } from "./service"

/** The enabled endpoints that take `event_type` (by name, family wildcard or "*"). */
export const listWebhookTargetsStep = createStep(
  "list-webhook-targets",
  async (input: { event_type: string }, { container }) => {
    const endpoints = await webhooksService(container).listWebhookEndpoints(
      { enabled: true },
      { select: ["id", "events"] }
    )
    return new StepResponse(endpoints.filter((e) => selectsEvent(e.events, input.event_type)).map((e) => e.id))
  }
)
