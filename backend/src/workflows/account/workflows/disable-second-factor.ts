import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AccountEvents } from "../events"
import {
  assertFactorOwnedStep,
  disableFactorsStep,
  recordSecurityEventStep,
  updateAccountProfileStep,
  validateCurrentPasswordStep,
  validateSecondFactorStep,
  type RequestContext,
} from "../steps"

export type DisableSecondFactorInput = {
  customer_id: string
  email: string
  auth_identity_id: string
  factor_id: string
  password: string
  method: string
  code: string
} & RequestContext

/** Turning a factor off: password + a current code, then the factor and history; `customer.mfa_disabled` emails the customer. */
export const disableSecondFactorWorkflow = createWorkflow("disable-second-factor", (input: DisableSecondFactorInput) => {
  assertFactorOwnedStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, factor_id: input.factor_id })))
  validateCurrentPasswordStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.password })))
  const proof = validateSecondFactorStep(
    transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, method: input.method, code: input.code }))
  )
  const result = disableFactorsStep(transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, factor_id: input.factor_id })))
  const eventId = recordSecurityEventStep(
    transform({ input, result, proof }, ({ input, result, proof }) => ({
      type: "mfa_disabled",
      customer_id: input.customer_id,
      auth_identity_id: input.auth_identity_id,
      ip: input.ip,
      user_agent: input.user_agent,
      data: { methods: result.disabled, confirmed_with: input.method, recovery_code_used: proof.recovery_code_used },
    }))
  )
  when({ result }, ({ result }) => result.remaining === 0).then(() => {
    updateAccountProfileStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, update: { recovery_codes_remaining: 0 } })))
  })
  emitEventStep({
    eventName: AccountEvents.MFA_DISABLED,
    data: transform({ input, eventId }, ({ input, eventId }) => ({ id: input.customer_id, security_event_id: eventId })),
  })
  return new WorkflowResponse(result)
})
