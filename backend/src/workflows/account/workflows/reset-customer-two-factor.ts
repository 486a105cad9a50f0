import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAdminActionStep } from "../../backoffice"
import { AccountEvents } from "../events"
import { disableFactorsStep, recordSecurityEventStep, resolveCustomerIdentityStep, updateAccountProfileStep } from "../steps"
import { adminAction, type AdminCustomerInput } from "../utils/admin-action"

/** Admin turns off every second factor of a customer who lost theirs; `customer.mfa_reset` emails them. */
export const resetCustomerTwoFactorWorkflow = createWorkflow("reset-customer-two-factor", (input: AdminCustomerInput) => {
  const who = resolveCustomerIdentityStep(input)
  const result = disableFactorsStep(transform({ who }, ({ who }) => ({ auth_identity_id: who.auth_identity_id ?? "" })))
  updateAccountProfileStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, update: { recovery_codes_remaining: 0 } })))
  const eventId = recordSecurityEventStep(
    transform({ input, result }, ({ input, result }) => ({
      type: "mfa_reset",
      customer_id: input.customer_id,
      data: { by: input.actor_id, reason: input.reason, methods: result.disabled },
    }))
  )
  recordAdminActionStep(transform({ input, result }, ({ input, result }) => adminAction(input, "customer.2fa_reset", { methods: result.disabled })))
  emitEventStep({
    eventName: AccountEvents.MFA_RESET,
    data: transform({ input, eventId }, ({ input, eventId }) => ({ id: input.customer_id, security_event_id: eventId })),
  })
  return new WorkflowResponse(result)
})
