import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordSecurityEventStep, type RequestContext, resolveSignInAccountStep } from "../steps"
import { requestPasswordResetWorkflow } from "./password-reset"

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
