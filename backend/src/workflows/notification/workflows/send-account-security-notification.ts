import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { securityNotice, type SecurityEventRecord } from "../utils/security-notices"
import { queueNotificationWorkflow } from "./queue-notification"

/**
 * The email about a change to a customer's account (password, second
 * factors, suspension, deletion), built from the security history entry
 * the change recorded; once per entry.
 */
export const sendAccountSecurityNotificationWorkflow = createWorkflow(
  "send-account-security-notification",
  (input: { customer_id: string; security_event_id: string; email?: string | null }) => {
    const { data: events } = useQueryGraphStep({
      entity: "security_event",
      fields: ["id", "type", "ip", "data", "created_at"],
      filters: { id: input.security_event_id },
    }).config({ name: "security-notice-event" })
    const queued = transform({ input, events }, ({ input, events }) =>
      securityNotice(input, ((events as SecurityEventRecord[]).find((e) => e.id === input.security_event_id) ?? null))
    )
    const detail = when({ queued }, ({ queued }) => !!queued).then(() =>
      queueNotificationWorkflow.runAsStep({ input: transform({ queued }, ({ queued }) => queued!) })
    )
    return new WorkflowResponse(transform({ detail }, ({ detail }) => detail ?? null))
  }
)
