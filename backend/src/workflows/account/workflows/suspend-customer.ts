import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAdminActionStep } from "../../backoffice"
import { AccountEvents } from "../events"
import { recordSecurityEventStep, updateAccountProfileStep, validateAccountNotDeletedStep } from "../steps"
import { adminAction, type AdminCustomerInput } from "../utils/admin-action"

/** Admin suspends a customer: no sign-in, old tokens refused, no checkout; logged, and `customer.suspended` emails them. */
export const suspendCustomerWorkflow = createWorkflow("suspend-customer", (input: AdminCustomerInput & { asOf: Date }) => {
  validateAccountNotDeletedStep(input)
  updateAccountProfileStep(
    transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      update: { status: "suspended" as const, suspension_reason: input.reason ?? null, suspended_at: new Date(input.asOf) },
    }))
  )
  const eventId = recordSecurityEventStep(
    transform({ input }, ({ input }) => ({ type: "suspended", customer_id: input.customer_id, data: { by: input.actor_id, reason: input.reason } }))
  )
  recordAdminActionStep(transform({ input }, ({ input }) => adminAction(input, "customer.suspended")))
  emitEventStep({
    eventName: AccountEvents.SUSPENDED,
    data: transform({ input, eventId }, ({ input, eventId }) => ({ id: input.customer_id, security_event_id: eventId })),
  })
  return new WorkflowResponse(input.customer_id)
})
