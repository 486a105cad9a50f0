import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureAccountProfileStep } from "../steps"

/** Every customer gets a shopper id when the account is created. */
export const ensureAccountProfileWorkflow = createWorkflow(
  "ensure-account-profile",
  (input: { customer_id: string }) => {
    const profile = ensureAccountProfileStep(input)
    return new WorkflowResponse(profile)
  }
)
