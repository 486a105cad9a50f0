import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AccountEvents } from "../events"
import { recordSecurityEventStep, updateAccountProfileStep, type RequestContext } from "../steps"

/** After the code (or support) proves the email: profile, history, `customer.verified` (welcome email). */
export const markEmailVerifiedWorkflow = createWorkflow(
  "mark-email-verified",
  (input: { customer_id: string; auth_identity_id?: string | null; verified_at: Date; via: string } & RequestContext) => {
    updateAccountProfileStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, update: { email_verified_at: input.verified_at } })))
    recordSecurityEventStep(
      transform({ input }, ({ input }) => ({
        type: "email_verified",
        customer_id: input.customer_id,
        auth_identity_id: input.auth_identity_id ?? null,
        ip: input.ip,
        user_agent: input.user_agent,
        data: { via: input.via },
      }))
    )
    emitEventStep({ eventName: AccountEvents.VERIFIED, data: transform({ input }, ({ input }) => ({ id: input.customer_id })) })
    return new WorkflowResponse(input.customer_id)
  }
)
