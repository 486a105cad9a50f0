import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordPaymentFailureStep, type RecordPaymentFailureInput } from "../steps"

export const PAYMENT_FAILURE_RECORDED_EVENT = "payment_failure.recorded"

/** Records a gateway's failed/cancelled payment (once per event) and tells subscribers. */
export const recordPaymentFailureWorkflow = createWorkflow(
  "record-payment-failure",
  (input: RecordPaymentFailureInput) => {
    const recorded = recordPaymentFailureStep(input)
    when("emit-payment-failure-recorded", { recorded }, ({ recorded }) => !!recorded).then(() => {
      emitEventStep({
        eventName: PAYMENT_FAILURE_RECORDED_EVENT,
        data: transform({ recorded }, ({ recorded }) => ({ id: recorded!.id })),
      })
    })
    return new WorkflowResponse(recorded)
  }
)
