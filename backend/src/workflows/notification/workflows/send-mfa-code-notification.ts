import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CODE_TTL_SECONDS } from "../../../lib/one-time-codes"
import { queueNotificationWorkflow } from "./queue-notification"

export type MfaCodeIssued = {
  customer_id: string
  auth_identity_id: string
  method: "email_otp" | "sms_otp"
  to: string
  code: string
  /** the `code_sent` history entry: one message per code */
  security_event_id: string
}

/** A sign-in or factor set-up code by email or SMS. */
export const sendMfaCodeNotificationWorkflow = createWorkflow("send-mfa-code-notification", (input: MfaCodeIssued) => {
  const detail = queueNotificationWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      template: input.method === "sms_otp" ? "mfa_code_sms" : "mfa_code",
      to: input.to,
      customer_id: input.customer_id,
      idempotency_key: `mfa:${input.method}:${input.auth_identity_id}:${input.security_event_id}`,
      data: { code: input.code, expires_in_minutes: CODE_TTL_SECONDS / 60, purpose: "sign-in" },
    })),
  })
  return new WorkflowResponse(detail)
})
