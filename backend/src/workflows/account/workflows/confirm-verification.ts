import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { confirmAuthVerificationStep, type RequestContext, resolveSignInAccountStep } from "../steps"
import { markEmailVerifiedWorkflow } from "./mark-email-verified"

/** Medusa's verification code check; a confirmed email of a customer updates their profile like the store's own check. */
export const confirmVerificationWorkflow = createWorkflow(
  "confirm-verification",
  (input: { auth_identity_id?: string | null; code: string; code_provider?: string } & RequestContext) => {
    const confirmed = confirmAuthVerificationStep(
      transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, code: input.code, code_provider: input.code_provider }))
    )
    const account = resolveSignInAccountStep(
      transform({ input, confirmed }, ({ input, confirmed }) => ({
        auth_identity_id: confirmed.entity_type === "email" && confirmed.verified_at ? input.auth_identity_id ?? null : null,
      }))
    )
    when({ account }, ({ account }) => !!account.customer_id).then(() => {
      markEmailVerifiedWorkflow.runAsStep({
        input: transform({ input, confirmed, account }, ({ input, confirmed, account }) => ({
          customer_id: account.customer_id!,
          auth_identity_id: account.auth_identity_id,
          verified_at: new Date(confirmed.verified_at as Date | string),
          via: "email_code",
          ip: input.ip,
          user_agent: input.user_agent,
        })),
      })
    })
    return new WorkflowResponse(confirmed)
  }
)
