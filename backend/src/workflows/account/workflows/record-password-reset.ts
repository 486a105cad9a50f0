import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AccountEvents } from "../events"
import { recordSecurityEventStep, updateAccountProfileStep, type RequestContext } from "../steps"

/**
 * After a reset link was used: history (lockout cleared by the caller);
 * `customer.password_reset` emails the customer. `asOf` is when the
 * password changed; callers that don't pass it yet (the auth middleware)
 * get the time the workflow runs.
 */
export const recordPasswordResetWorkflow = createWorkflow(
  "record-password-reset",
  (input: { customer_id: string; asOf?: Date } & RequestContext) => {
    updateAccountProfileStep(
      transform({ input }, ({ input }) => ({
        customer_id: input.customer_id,
        update: { password_changed_at: input.asOf ? new Date(input.asOf) : new Date() },
      }))
    )
    const eventId = recordSecurityEventStep(
      transform({ input }, ({ input }) => ({ type: "password_reset", customer_id: input.customer_id, ip: input.ip, user_agent: input.user_agent }))
    )
    emitEventStep({
      eventName: AccountEvents.PASSWORD_RESET,
      data: transform({ input, eventId }, ({ input, eventId }) => ({ id: input.customer_id, security_event_id: eventId })),
    })
    return new WorkflowResponse(true)
  }
)
