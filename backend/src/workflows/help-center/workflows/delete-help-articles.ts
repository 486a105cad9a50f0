import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteHelpArticlesStep } from "../steps"

export const deleteHelpArticlesWorkflow = createWorkflow(
  "delete-help-articles",
  (input: { ids: string[] }) => new WorkflowResponse(deleteHelpArticlesStep(input.ids))
)
