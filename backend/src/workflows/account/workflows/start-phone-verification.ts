import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AccountEvents } from "../events"
import { issuePhoneCodeStep, validateAccountNotDeletedStep, type RequestContext } from "../steps"

/** Step one of adding a phone: a code, which `customer.phone_code_issued` texts to it. */
export const startPhoneVerificationWorkflow = createWorkflow(
  "start-phone-verification",
  (input: { customer_id: string; phone: string; asOf: Date } & RequestContext) => {
    validateAccountNotDeletedStep(input)
    const issued = issuePhoneCodeStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, phone: input.phone })))
    emitEventStep({
      eventName: AccountEvents.PHONE_CODE_ISSUED,
      data: transform({ input, issued }, ({ input, issued }) => ({
        id: input.customer_id,
        phone: input.phone,
        code: issued.code,
        issued_at: new Date(input.asOf).toISOString(),
      })),
    })
    return new WorkflowResponse(transform({ issued }, ({ issued }) => ({ sent_to: issued.sent_to })))
  }
)
