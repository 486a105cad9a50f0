import { AuthEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { claimOneTimeCodeStep, resolveSignInAccountStep, type SecondFactorActor, verifyAuthMfaStep } from "../steps"
import { recordFactorChangeWorkflow } from "./record-factor-change"

/**
 * A factor's first code turns it on (`auth.mfa_enabled`). A customer's code
 * is accepted once, and a factor on is recorded and emailed.
 */
export const verifySecondFactorWorkflow = createWorkflow("verify-second-factor", (input: SecondFactorActor & { factor_id: string; code: string }) => {
  claimOneTimeCodeStep(transform({ input }, ({ input }) => ({ key: input.customer ? `totp:${input.auth_identity_id}:${input.code}` : null })))
  const verified = verifyAuthMfaStep(transform({ input }, ({ input }) => ({ id: input.factor_id, auth_identity_id: input.auth_identity_id, code: input.code })))
  const account = resolveSignInAccountStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.customer ? input.auth_identity_id : null })))
  when({ input, verified, account }, ({ input, verified, account }) => input.customer && !!account.customer_id && verified.factor.status === "enabled").then(() => {
    recordFactorChangeWorkflow.runAsStep({
      input: transform({ input, verified, account }, ({ input, verified, account }) => ({
        customer_id: account.customer_id!,
        auth_identity_id: input.auth_identity_id,
        type: "mfa_enabled" as const,
        method: verified.factor.provider as string,
        ip: input.ip,
        user_agent: input.user_agent,
      })),
    })
  })
  when({ verified }, ({ verified }) => verified.enabled_now).then(() => {
    emitEventStep({
      eventName: AuthEvents.MFA_ENABLED,
      data: transform({ verified }, ({ verified }) => ({
        auth_identity_id: verified.factor.auth_identity_id,
        mfa_id: verified.factor.id,
        provider: verified.factor.provider,
      })),
    })
  })
  return new WorkflowResponse(transform({ verified }, ({ verified }) => verified.factor))
})
