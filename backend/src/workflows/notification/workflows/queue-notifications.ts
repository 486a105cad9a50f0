import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { queueNotificationsStep, type QueueNotificationsStepInput } from "../steps"

/**
 * Queues a batch of messages in one go (a page of lifecycle reminders),
 * idempotent per key. Unlike a single message, no `notification_log.queued`
 * event per message: the delivery job (`deliver-notifications`, every
 * minute) sends them a page at a time, so thousands of reminders never mean
 * thousands of deliveries running at once in the worker.
 */
export const queueNotificationsWorkflow = createWorkflow(
  "queue-notifications",
  (input: QueueNotificationsStepInput) => new WorkflowResponse(queueNotificationsStep(input))
)
