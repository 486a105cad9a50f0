import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAdminActionStep } from "../../backoffice"
import { AccountEvents } from "../events"
import { recordSecurityEventStep, updateAccountProfileStep, validateAccountNotDeletedStep } from "../steps"
import { adminAction, type AdminCustomerInput } from "../utils/admin-action"

/** Admin lifts a suspension. */
export const activateCustomerWorkflow = createWorkflow("activate-customer", (input: AdminCustomerInput) => {
  validateAccountNotDeletedStep(input)
  updateAccountProfileStep(
    transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      update: { status: "active" as const, suspension_reason: null, suspended_at: null },
    }))
  )
  recordSecurityEventStep(
    transform({ input }, ({ input }) => ({ type: "activated", customer_id: input.customer_id, data: { by: input.actor_id, reason: input.reason ?? null } }))
  )
  recordAdminActionStep(transform({ input }, ({ input }) => adminAction(input, "customer.activated")))
  emitEventStep({ eventName: AccountEvents.ACTIVATED, data: transform({ input }, ({ input }) => ({ id: input.customer_id })) })
  return new WorkflowResponse(input.customer_id)
})
