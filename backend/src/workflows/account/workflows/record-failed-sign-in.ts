import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { countLoginFailureStep, recordSecurityEventStep, type RequestContext } from "../steps"

/**
 * A refused sign-in (wrong password or unknown email, answered alike): one
 * more failure towards the account's lock, on the history of a known account.
 */
export const recordFailedSignInWorkflow = createWorkflow("record-failed-sign-in", (input: { email: string } & RequestContext) => {
  const failure = countLoginFailureStep(transform({ input }, ({ input }) => ({ email: input.email })))
  when({ failure }, ({ failure }) => !!failure.auth_identity_id).then(() => {
    recordSecurityEventStep(
      transform({ input, failure }, ({ input, failure }) => ({
        type: failure.locked_for ? "login_locked" : "login_failed",
        customer_id: failure.customer_id,
        auth_identity_id: failure.auth_identity_id,
        ip: input.ip,
        user_agent: input.user_agent,
        data: { failures: failure.failures, locked_for: failure.locked_for || undefined },
      }))
    )
  })
  return new WorkflowResponse(failure)
})
