import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFaqsStep } from "../steps"

export const deleteFaqsWorkflow = createWorkflow(
  "delete-faqs",
  (input: { ids: string[] }) => new WorkflowResponse(deleteFaqsStep(input.ids))
)
