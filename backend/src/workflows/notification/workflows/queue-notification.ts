import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { queueNotificationStep, type QueueNotificationStepInput } from "../steps"

export const NOTIFICATION_QUEUED_EVENT = "notification_log.queued"

/**
 * The one way the platform sends a message: record it as queued (rendered,
 * idempotent by key), then tell the worker to deliver it.
 */
export const queueNotificationWorkflow = createWorkflow(
  "queue-notification",
  (input: QueueNotificationStepInput) => {
    const result = queueNotificationStep(input)
    when("emit-notification-queued", { result }, ({ result }) => result.created).then(() => {
      emitEventStep({
        eventName: NOTIFICATION_QUEUED_EVENT,
        data: transform({ result }, ({ result }) => ({ id: result.detail.id })),
      })
    })
    return new WorkflowResponse(transform({ result }, ({ result }) => result.detail))
  }
)
