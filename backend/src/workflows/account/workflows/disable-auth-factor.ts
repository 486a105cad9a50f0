import { AuthEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { disableAuthMfaStep } from "../steps"

/** Medusa's factor removal (admins: method + code), `auth.mfa_disabled` on the change. */
export const disableAuthFactorWorkflow = createWorkflow(
  "disable-auth-factor",
  (input: { factor_id: string; auth_identity_id: string; method?: string; code?: string }) => {
    const disabled = disableAuthMfaStep(
      transform({ input }, ({ input }) => ({ id: input.factor_id, auth_identity_id: input.auth_identity_id, method: input.method, code: input.code }))
    )
    when({ disabled }, ({ disabled }) => disabled.disabled_now).then(() => {
      emitEventStep({
        eventName: AuthEvents.MFA_DISABLED,
        data: transform({ disabled }, ({ disabled }) => ({
          auth_identity_id: disabled.factor.auth_identity_id,
          mfa_id: disabled.factor.id,
          provider: disabled.factor.provider,
        })),
      })
    })
    return new WorkflowResponse(transform({ disabled }, ({ disabled }) => disabled.factor))
  }
)
