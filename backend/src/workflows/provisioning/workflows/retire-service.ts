import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { scheduleServiceTerminationStep } from "../steps"
import { runServiceActionWorkflow } from "./run-service-action"

/**
 * subscription.cancelled / subscription.expired (a refund's cancel-at-once
 * too): the service stops now if it still runs and is terminated when the
 * retention days are over (the service-actions job), unless the
 * subscription comes back first.
 */
export const retireServiceWorkflow = createWorkflow("retire-service", (input: { subscription_id: string; asOf: Date }) => {
  const scheduled = scheduleServiceTerminationStep(input)
  const suspended = runServiceActionWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      subscription_id: input.subscription_id,
      action: "suspend" as const,
      mode: "lifecycle" as const,
      requested_by: "system" as const,
      asOf: input.asOf,
    })),
  })
  return new WorkflowResponse(transform({ scheduled, suspended }, ({ scheduled, suspended }) => ({ scheduled: !!scheduled, suspended })))
})
