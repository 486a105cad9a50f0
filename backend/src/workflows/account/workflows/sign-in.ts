import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  clearLoginFailuresStep,
  consumePasswordResetTokenStep,
  countLoginFailureStep,
  recordSecurityEventStep,
  type RequestContext,
  resetRateLimitStep,
  resolveSignInAccountStep,
  setPasswordStep,
  validatePasswordStep,
} from "../steps"
import { requestPasswordResetWorkflow } from "./password-reset"
import { recordPasswordResetWorkflow } from "./record-password-reset"

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

/** An admin signed in: their address's attempt window starts again (a team signs in many times a day from one office). */
export const recordAdminSignInWorkflow = createWorkflow("record-admin-sign-in", (input: { ip: string }) => {
  resetRateLimitStep(transform({ input }, ({ input }) => ({ bucket: "admin_login", subject: input.ip })))
  return new WorkflowResponse(true)
})

/**
 * A customer asks for a reset link: for a known email the one-hour link is
 * emailed and the request is on the account's history; an unknown email
 * changes nothing (the caller answers the same).
 */
export const requestCustomerPasswordResetWorkflow = createWorkflow(
  "request-customer-password-reset",
  (input: { email: string; secret: string; jwt_options?: Record<string, unknown> } & RequestContext) => {
    const account = resolveSignInAccountStep(transform({ input }, ({ input }) => ({ email: input.email })))
    when({ account }, ({ account }) => !!account.auth_identity_id).then(() => {
      requestPasswordResetWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          email: input.email,
          actor_type: "customer" as const,
          secret: input.secret,
          jwt_options: input.jwt_options,
        })),
      })
      recordSecurityEventStep(
        transform({ input, account }, ({ input, account }) => ({
          type: "password_reset_requested",
          customer_id: account.customer_id,
          auth_identity_id: account.auth_identity_id,
          ip: input.ip,
          user_agent: input.user_agent,
        }))
      )
    })
    return new WorkflowResponse(true)
  }
)

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
