import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { confirmEmailCodeStep, type RequestContext } from "../steps"
import { markEmailVerifiedWorkflow } from "./mark-email-verified"

/** A customer types the emailed code (with their address, no token needed). */
export const verifyEmailWorkflow = createWorkflow(
  "verify-email",
  (input: { email?: string; auth_identity_id?: string; code: string; asOf: Date } & RequestContext) => {
    const confirmed = confirmEmailCodeStep(input)
    when({ confirmed }, ({ confirmed }) => !!confirmed.customer_id).then(() => {
      markEmailVerifiedWorkflow.runAsStep({
        input: transform({ confirmed, input }, ({ confirmed, input }) => ({
          customer_id: confirmed.customer_id!,
          auth_identity_id: confirmed.auth_identity_id,
          verified_at: confirmed.verified_at,
          via: "email_code",
          ip: input.ip,
          user_agent: input.user_agent,
        })),
      })
    })
    return new WorkflowResponse(confirmed)
  }
)
