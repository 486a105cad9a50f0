import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AccountEvents } from "../events"
import { issueMfaCodeStep, recordSecurityEventStep, type OtpMethod, type RequestContext } from "../steps"

/** A sign-in or set-up code by email or SMS for an identity; `customer.mfa_code_issued` sends it. */
export const sendMfaCodeWorkflow = createWorkflow(
  "send-mfa-code",
  (input: { auth_identity_id: string; method: OtpMethod } & RequestContext) => {
    const issued = issueMfaCodeStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, method: input.method })))
    const eventId = recordSecurityEventStep(
      transform({ input, issued }, ({ input, issued }) => ({
        type: "code_sent",
        customer_id: issued.customer_id,
        auth_identity_id: input.auth_identity_id,
        ip: input.ip,
        user_agent: input.user_agent,
        data: { purpose: "second_factor", method: input.method },
      }))
    )
    emitEventStep({
      eventName: AccountEvents.MFA_CODE_ISSUED,
      data: transform({ input, issued, eventId }, ({ input, issued, eventId }) => ({
        id: issued.customer_id,
        auth_identity_id: input.auth_identity_id,
        method: input.method,
        to: issued.to,
        code: issued.code,
        security_event_id: eventId,
      })),
    })
    return new WorkflowResponse(
      transform({ issued }, ({ issued }) => ({ sent_to: issued.sent_to, expires_in_seconds: issued.expires_in_seconds }))
    )
  }
)
