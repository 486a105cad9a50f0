import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  claimOneTimeCodeStep,
  recordSecurityEventStep,
  resolveSignInAccountStep,
  type SecondFactorActor,
  verifyMfaChallengeStep,
} from "../steps"
import { recordFactorChangeWorkflow } from "./record-factor-change"

/**
 * The second sign-in step: a TOTP code is accepted once, a wrong code is
 * recorded, the challenge is completed. For a customer the account's status
 * comes back (the caller refuses suspended and deleted accounts) and an
 * active one's sign-in is recorded, a recovery code counted down.
 */
export const completeMfaChallengeWorkflow = createWorkflow(
  "complete-mfa-challenge",
  (input: SecondFactorActor & { challenge_id: string; method: string; code: string }) => {
    claimOneTimeCodeStep(
      transform({ input }, ({ input }) => ({
        key: input.customer && input.method === "totp" ? `totp:${input.auth_identity_id}:${input.code}` : null,
      }))
    )
    const challenge = verifyMfaChallengeStep(
      transform({ input }, ({ input }) => ({
        id: input.challenge_id,
        method: input.method,
        code: input.code,
        auth_identity_id: input.auth_identity_id,
        customer: input.customer,
        ip: input.ip,
        user_agent: input.user_agent,
      }))
    )
    const account = resolveSignInAccountStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.customer ? input.auth_identity_id : null })))
    when({ input, account }, ({ input, account }) => input.customer && account.status === "active").then(() => {
      recordSecurityEventStep(
        transform({ input, account }, ({ input, account }) => ({
          type: "login_succeeded",
          customer_id: account.customer_id,
          auth_identity_id: input.auth_identity_id,
          ip: input.ip,
          user_agent: input.user_agent,
          data: { second_factor: input.method },
        }))
      )
    })
    when({ input, account }, ({ input, account }) => input.customer && account.status === "active" && input.method === "recovery_code" && !!account.customer_id).then(
      () => {
        recordFactorChangeWorkflow.runAsStep({
          input: transform({ input, account }, ({ input, account }) => ({
            customer_id: account.customer_id!,
            auth_identity_id: input.auth_identity_id,
            type: "recovery_code_used" as const,
            method: input.method,
            recovery_codes_remaining: (account.recovery_codes_remaining ?? 1) - 1,
            ip: input.ip,
            user_agent: input.user_agent,
          })),
        })
      }
    )
    return new WorkflowResponse(transform({ challenge, account }, ({ challenge, account }) => ({ challenge, status: account.status })))
  }
)
