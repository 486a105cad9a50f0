import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildRealtimeNotificationsStep, type BuildRealtimeNotificationsInput, pushRealtimeNotificationsStep } from "../steps"

/**
 * A domain event → the `notification` socket events it makes: the customer
 * it concerns and/or every admin hear it live (see lib/realtime-notifications).
 * Writes nothing; the push, which cannot be unsent, is last.
 */
export const pushRealtimeNotificationsWorkflow = createWorkflow(
  "push-realtime-notifications",
  (input: BuildRealtimeNotificationsInput) => {
    const deliveries = buildRealtimeNotificationsStep(input)
    const pushed = pushRealtimeNotificationsStep(deliveries)
    return new WorkflowResponse(pushed)
  }
)
