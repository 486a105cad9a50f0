import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type FaqUpdate, updateFaqsStep } from "../steps"

export const updateFaqsWorkflow = createWorkflow(
  "update-faqs",
  (input: { faqs: FaqUpdate[] }) => {
    const faqs = updateFaqsStep(input.faqs)
    // one event per record; the help-center-changed subscriber refreshes the storefront's cached pages
    const events = transform({ faqs }, ({ faqs }) => faqs.map((r) => ({ id: r.id })))
    emitEventStep({ eventName: "faq.updated", data: events })
    return new WorkflowResponse(faqs)
  }
)
