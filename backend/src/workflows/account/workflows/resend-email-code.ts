import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { requestVerificationWorkflow } from "@medusajs/medusa/core-flows"
import { decideEmailCodeResendStep, recordSecurityEventStep, type RequestContext } from "../steps"
import { EMAIL_CODE_PROVIDER } from "../utils/identity"

/** Another email code, within the cooldown and the hourly cap (Medusa's verification request sends it). */
export const resendEmailCodeWorkflow = createWorkflow("resend-email-code", (input: { email: string; asOf: Date } & RequestContext) => {
  const decision = decideEmailCodeResendStep(transform({ input }, ({ input }) => ({ email: input.email, asOf: input.asOf })))
  when({ decision }, ({ decision }) => !!decision.send).then(() => {
    requestVerificationWorkflow.runAsStep({
      input: transform({ decision }, ({ decision }) => ({
        auth_identity_id: decision.send!.auth_identity_id,
        entity_id: decision.send!.email,
        entity_type: "email",
        code_provider: EMAIL_CODE_PROVIDER,
      })),
    })
    recordSecurityEventStep(
      transform({ input, decision }, ({ input, decision }) => ({
        type: "code_sent",
        customer_id: decision.send!.customer_id,
        auth_identity_id: decision.send!.auth_identity_id,
        ip: input.ip,
        user_agent: input.user_agent,
        data: { purpose: "email_verification" },
      }))
    )
  })
  return new WorkflowResponse(transform({ decision }, ({ decision }) => ({ status: decision.status, retry_after: decision.retry_after })))
})
