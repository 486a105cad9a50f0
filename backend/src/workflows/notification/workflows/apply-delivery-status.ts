import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyDeliveryStatusStep, type ApplyDeliveryStatusStepInput } from "../steps"

/** Records delivered / bounced / failed reported by a provider callback. */
export const applyDeliveryStatusWorkflow = createWorkflow(
  "apply-delivery-status",
  (input: ApplyDeliveryStatusStepInput) => {
    return new WorkflowResponse(applyDeliveryStatusStep(input))
  }
)
