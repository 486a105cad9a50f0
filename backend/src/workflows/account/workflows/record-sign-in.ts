import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { clearLoginFailuresStep, recordSecurityEventStep, type RequestContext, resolveSignInAccountStep } from "../steps"

export type SignInOutcome = "login_succeeded" | "login_challenged" | "login_unverified"

/**
 * A right password: a suspended or deleted account is refused (recorded as
 * such, the caller answers); an active one has its failures cleared and the
 * sign-in (finished, waiting for a second factor or for email verification)
 * on its history.
 */
export const recordSignInWorkflow = createWorkflow("record-sign-in", (input: { email: string; outcome: SignInOutcome } & RequestContext) => {
  const account = resolveSignInAccountStep(transform({ input }, ({ input }) => ({ email: input.email })))
  const event = transform({ input, account }, ({ input, account }) => ({
    type: account.status === "active" ? input.outcome : "login_refused",
    customer_id: account.customer_id,
    auth_identity_id: account.auth_identity_id,
    ip: input.ip,
    user_agent: input.user_agent,
    data: account.status === "active" ? null : { status: account.status },
  }))
  when({ account }, ({ account }) => account.status === "active").then(() => {
    clearLoginFailuresStep(transform({ input }, ({ input }) => ({ email: input.email })))
  })
  recordSecurityEventStep(event)
  return new WorkflowResponse(account)
})
