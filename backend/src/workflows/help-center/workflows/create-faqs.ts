import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createFaqsStep, type FaqInput } from "../steps"

export const createFaqsWorkflow = createWorkflow(
  "create-faqs",
  (input: { faqs: FaqInput[] }) => new WorkflowResponse(createFaqsStep(input.faqs))
)
