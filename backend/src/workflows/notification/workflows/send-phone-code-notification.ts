import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CODE_TTL_SECONDS } from "../../../lib/one-time-codes"
import { queueNotificationWorkflow } from "./queue-notification"

/** The SMS code that proves a customer holds a phone number (one message per code, keyed by when it was issued). */
export const sendPhoneCodeNotificationWorkflow = createWorkflow(
  "send-phone-code-notification",
  (input: { customer_id: string; phone: string; code: string; issued_at: string | Date }) => {
    const detail = queueNotificationWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        template: "mfa_code_sms",
        to: input.phone,
        customer_id: input.customer_id,
        idempotency_key: `phone:${input.customer_id}:${new Date(input.issued_at).getTime()}`,
        data: { code: input.code, expires_in_minutes: CODE_TTL_SECONDS / 60, purpose: "phone verification" },
      })),
    })
    return new WorkflowResponse(detail)
  }
)
