import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createFaqsStep, type FaqInput } from "../steps"

export const createFaqsWorkflow = createWorkflow(
  "create-faqs",
  (input: { faqs: FaqInput[] }) => {
    const faqs = createFaqsStep(input.faqs)
    // one event per record; the help-center-changed subscriber refreshes the storefront's cached pages
    const events = transform({ faqs }, ({ faqs }) => faqs.map((r) => ({ id: r.id })))
    emitEventStep({ eventName: "faq.created", data: events })
    return new WorkflowResponse(faqs)
  }
)
