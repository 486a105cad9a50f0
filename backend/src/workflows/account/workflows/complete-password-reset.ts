import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  clearLoginFailuresStep,
  consumePasswordResetTokenStep,
  type RequestContext,
  resolveSignInAccountStep,
  setPasswordStep,
  validatePasswordStep,
} from "../steps"
import { recordPasswordResetWorkflow } from "./record-password-reset"

/**
 * A reset link sets a new password: the rules first (a weak password doesn't
 * spend the link), then the link's single-use token, the password; the
 * account unlocks, the reset is recorded and emailed.
 */
export const completePasswordResetWorkflow = createWorkflow(
  "complete-password-reset",
  (input: { email: string; jti: string; password: string } & RequestContext) => {
    validatePasswordStep(transform({ input }, ({ input }) => ({ password: input.password, email: input.email })))
    consumePasswordResetTokenStep(transform({ input }, ({ input }) => ({ jti: input.jti, email: input.email })))
    setPasswordStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.password })))
    clearLoginFailuresStep(transform({ input }, ({ input }) => ({ email: input.email })))
    const account = resolveSignInAccountStep(transform({ input }, ({ input }) => ({ email: input.email })))
    when({ account }, ({ account }) => !!account.customer_id).then(() => {
      recordPasswordResetWorkflow.runAsStep({
        input: transform({ input, account }, ({ input, account }) => ({ customer_id: account.customer_id!, ip: input.ip, user_agent: input.user_agent })),
      })
    })
    return new WorkflowResponse(true)
  }
)
