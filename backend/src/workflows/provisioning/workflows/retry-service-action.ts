import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimServiceActionStep, emitServiceEventsStep, performServiceActionStep, validateServiceActionRetryStep } from "../steps"

/**
 * Another attempt of an action: the job's (due retries, running ones past
 * their deadline) or the admin's Retry of one that failed for good
 * (`manual`). The claim is atomic, so a job on two workers and an admin
 * clicking at once still make one provider call.
 */
export const retryServiceActionWorkflow = createWorkflow("retry-service-action", (input: { id: string; asOf: Date; manual?: boolean }) => {
  const id = validateServiceActionRetryStep(transform({ input }, ({ input }) => ({ id: input.id, manual: !!input.manual })))
  const claim = claimServiceActionStep(transform({ id, input }, ({ id, input }) => ({ id, asOf: input.asOf, force: !!input.manual })))
  const recorded = performServiceActionStep(transform({ claim, input }, ({ claim, input }) => ({ claim, asOf: input.asOf })))
  emitServiceEventsStep(
    transform({ recorded }, ({ recorded }) => ({ events: (recorded?.events ?? []).map((name) => ({ name, id: recorded!.service_id })) }))
  )
  return new WorkflowResponse(
    transform({ id, claim, recorded }, ({ id, claim, recorded }) => ({
      action_id: id,
      service_id: claim?.service_id ?? null,
      ran: !!recorded?.applied,
      status: recorded?.status ?? null,
    }))
  )
})
