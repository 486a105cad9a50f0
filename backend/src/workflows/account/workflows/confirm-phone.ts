import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { confirmPhoneCodeStep, recordSecurityEventStep, setCustomerPhoneStep, updateAccountProfileStep, type RequestContext } from "../steps"

/** Step two: the code proves the phone; it becomes the SMS number. */
export const confirmPhoneWorkflow = createWorkflow(
  "confirm-phone",
  (input: { customer_id: string; code: string; asOf: Date } & RequestContext) => {
    const proved = confirmPhoneCodeStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, code: input.code })))
    updateAccountProfileStep(
      transform({ input, proved }, ({ input, proved }) => ({
        customer_id: input.customer_id,
        update: { phone: proved.phone, phone_verified_at: new Date(input.asOf) },
      }))
    )
    setCustomerPhoneStep(transform({ input, proved }, ({ input, proved }) => ({ customer_id: input.customer_id, phone: proved.phone })))
    recordSecurityEventStep(
      transform({ input, proved }, ({ input, proved }) => ({
        type: "phone_verified",
        customer_id: input.customer_id,
        ip: input.ip,
        user_agent: input.user_agent,
        data: { phone: proved.phone },
      }))
    )
    return new WorkflowResponse(proved)
  }
)
