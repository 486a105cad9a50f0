import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { queueNotificationWorkflow } from "./queue-notification"

export type SendCustomNotificationInput = {
  customer_id: string
  channel: "email" | "sms"
  subject?: string
  body: string
  request_id: string
}

/** A message an admin writes to a customer (email or SMS); `customer.email_sent` / `customer.sms_sent` last. */
export const sendCustomNotificationWorkflow = createWorkflow(
  "send-custom-notification",
  (input: SendCustomNotificationInput) => {
    const queued = transform({ input }, ({ input }) => ({
      template: input.channel === "sms" ? "custom_sms" : "custom",
      customer_id: input.customer_id,
      idempotency_key: `custom:${input.request_id}`,
      data: {
        subject: input.subject ?? "",
        body: input.body,
        paragraphs: input.body.split(/\n\s*\n|\n/).filter((p) => p.trim()),
      },
    }))
    const detail = queueNotificationWorkflow.runAsStep({ input: queued })
    const event = transform({ input }, ({ input }) => ({
      name: input.channel === "sms" ? "customer.sms_sent" : "customer.email_sent",
      data: { id: input.customer_id },
    }))
    emitEventStep({ eventName: event.name, data: event.data })
    return new WorkflowResponse(detail)
  }
)
