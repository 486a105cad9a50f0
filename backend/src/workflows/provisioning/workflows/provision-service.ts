import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { runServiceActionWorkflow } from "./run-service-action"

/** subscription.activated: its service is created and provisioned, once per subscription (`activate:<id>`). */
export const provisionServiceWorkflow = createWorkflow("provision-service", (input: { subscription_id: string; asOf: Date }) => {
  const result = runServiceActionWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      subscription_id: input.subscription_id,
      action: "provision" as const,
      mode: "lifecycle" as const,
      requested_by: "system" as const,
      asOf: input.asOf,
    })),
  })
  return new WorkflowResponse(result)
})
