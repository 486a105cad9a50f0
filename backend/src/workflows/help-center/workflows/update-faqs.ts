import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type FaqUpdate, updateFaqsStep } from "../steps"

export const updateFaqsWorkflow = createWorkflow(
  "update-faqs",
  (input: { faqs: FaqUpdate[] }) => new WorkflowResponse(updateFaqsStep(input.faqs))
)
