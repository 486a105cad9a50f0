import { AuthEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { generateRecoveryCodesStep, resolveSignInAccountStep, type SecondFactorActor } from "../steps"
import { recordFactorChangeWorkflow } from "./record-factor-change"

/** New recovery codes (`auth.mfa_recovery_codes_generated`); a customer's are counted, recorded and emailed. */
export const generateRecoveryCodesWorkflow = createWorkflow("generate-mfa-recovery-codes", (input: SecondFactorActor & { count?: number }) => {
  const codes = generateRecoveryCodesStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, count: input.count })))
  const account = resolveSignInAccountStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.customer ? input.auth_identity_id : null })))
  when({ input, account }, ({ input, account }) => input.customer && !!account.customer_id).then(() => {
    recordFactorChangeWorkflow.runAsStep({
      input: transform({ input, codes, account }, ({ input, codes, account }) => ({
        customer_id: account.customer_id!,
        auth_identity_id: input.auth_identity_id,
        type: "recovery_codes_generated" as const,
        recovery_codes_remaining: codes.length,
        ip: input.ip,
        user_agent: input.user_agent,
      })),
    })
  })
  emitEventStep({
    eventName: AuthEvents.MFA_RECOVERY_CODES_GENERATED,
    data: transform({ input, codes }, ({ input, codes }) => ({ auth_identity_id: input.auth_identity_id, count: codes.length })),
  })
  return new WorkflowResponse(codes)
})
