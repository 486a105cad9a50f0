import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"

export type ApplyDeliveryStatusStepInput = {
  events: {
    provider_message_id: string
    status: "delivered" | "bounced" | "failed"
    at: Date
    error?: string | null
  }[]
}

/** Provider callbacks move messages forward only; replays change nothing. */
export const applyDeliveryStatusStep = createStep(
  "apply-delivery-status",
  async (input: ApplyDeliveryStatusStepInput, { container }) => {
    const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
    let changed = 0
    for (const event of input.events) {
      const result = await log.applyDeliveryStatus({ ...event, at: new Date(event.at) })
      changed += result.changed ? 1 : 0
    }
    return new StepResponse({ changed })
  }
)
