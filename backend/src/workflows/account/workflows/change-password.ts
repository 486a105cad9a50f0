import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AccountEvents } from "../events"
import {
  recordSecurityEventStep,
  setPasswordStep,
  updateAccountProfileStep,
  validateCurrentPasswordStep,
  validatePasswordStep,
  type RequestContext,
} from "../steps"

/** Change password: the current one, the rules, then the change; `customer.password_changed` emails the customer. */
export const changePasswordWorkflow = createWorkflow(
  "change-password",
  (input: { customer_id: string; email: string; current_password: string; new_password: string; asOf: Date } & RequestContext) => {
    validateCurrentPasswordStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.current_password })))
    validatePasswordStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.new_password })))
    updateAccountProfileStep(
      transform({ input }, ({ input }) => ({ customer_id: input.customer_id, update: { password_changed_at: new Date(input.asOf) } }))
    )
    const eventId = recordSecurityEventStep(
      transform({ input }, ({ input }) => ({ type: "password_changed", customer_id: input.customer_id, ip: input.ip, user_agent: input.user_agent }))
    )
    // the password itself changes last: nothing after it can fail and leave it changed silently
    setPasswordStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.new_password })))
    emitEventStep({
      eventName: AccountEvents.PASSWORD_CHANGED,
      data: transform({ input, eventId }, ({ input, eventId }) => ({ id: input.customer_id, security_event_id: eventId })),
    })
    return new WorkflowResponse(true)
  }
)
