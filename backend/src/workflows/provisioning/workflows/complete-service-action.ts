import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ProviderCallback } from "../../../modules/provisioning/types"
import { emitServiceEventsStep, recordServiceCallbackStep, validateServiceCallbackStep } from "../steps"

/** A provider's verified callback finishes a running action (once per callback id), then its events. */
export const completeServiceActionWorkflow = createWorkflow(
  "complete-service-action",
  (input: { provider_id: string; callback: ProviderCallback; asOf: Date }) => {
    validateServiceCallbackStep(input)
    const recorded = recordServiceCallbackStep(transform({ input }, ({ input }) => ({ callback: input.callback, asOf: input.asOf })))
    emitServiceEventsStep(transform({ recorded }, ({ recorded }) => ({ events: recorded.events.map((name) => ({ name, id: recorded.service_id })) })))
    return new WorkflowResponse(
      transform({ recorded }, ({ recorded }) => ({ action_id: recorded.action_id, applied: recorded.applied, status: recorded.status }))
    )
  }
)
