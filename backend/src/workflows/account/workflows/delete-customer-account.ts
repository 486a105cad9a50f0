import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AccountEvents } from "../events"
import {
  anonymizeCustomerStep,
  disableFactorsStep,
  endSubscriptionRenewalsStep,
  recordSecurityEventStep,
  resolveCustomerIdentityStep,
  updateAccountProfileStep,
  validateAccountNotDeletedStep,
  validateCurrentPasswordStep,
  type RequestContext,
} from "../steps"

export type DeleteCustomerAccountInput = {
  customer_id: string
  email: string
  password: string
  shopper_id: string
  asOf: Date
} & RequestContext

/**
 * DELETE /store/account: password, then end renewals, anonymise, end the
 * login, keep orders; `customer.deleted_by_customer` emails the old address.
 */
export const deleteCustomerAccountWorkflow = createWorkflow("delete-customer-account", (input: DeleteCustomerAccountInput) => {
  validateAccountNotDeletedStep(input)
  validateCurrentPasswordStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.password })))
  const who = resolveCustomerIdentityStep(input)
  when({ who }, ({ who }) => !!who.auth_identity_id).then(() => {
    disableFactorsStep(transform({ who }, ({ who }) => ({ auth_identity_id: who.auth_identity_id! })))
  })
  updateAccountProfileStep(
    transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      update: {
        status: "deleted" as const,
        anonymized_at: new Date(input.asOf),
        phone: null,
        phone_verified_at: null,
        recovery_codes_remaining: 0,
      },
    }))
  )
  const eventId = recordSecurityEventStep(
    transform({ input }, ({ input }) => ({ type: "account_deleted", customer_id: input.customer_id, ip: input.ip, user_agent: input.user_agent }))
  )
  endSubscriptionRenewalsStep(
    transform({ input }, ({ input }) => ({ customer_id: input.customer_id, note: "Account deleted", asOf: input.asOf }))
  )
  // irreversible: after every step that can be undone
  anonymizeCustomerStep(
    transform({ input, who }, ({ input, who }) => ({
      customer_id: input.customer_id,
      auth_identity_id: who.auth_identity_id,
      shopper_id: input.shopper_id,
    }))
  )
  emitEventStep({
    eventName: AccountEvents.DELETED_BY_CUSTOMER,
    data: transform({ input, eventId }, ({ input, eventId }) => ({ id: input.customer_id, security_event_id: eventId, email: input.email })),
  })
  return new WorkflowResponse(true)
})
