import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliverNotification } from "../utils/deliver"

/**
 * Sends one queued message (an attempt that cannot be undone, so nothing
 * follows it). Not due, or already sent: nothing happens.
 */
export const deliverNotificationStep = createStep(
  "deliver-notification",
  async (input: { id: string; asOf: Date }, { container }) => {
    const outcome = await deliverNotification(container, input.id, new Date(input.asOf))
    return new StepResponse({ id: input.id, outcome })
  }
)
