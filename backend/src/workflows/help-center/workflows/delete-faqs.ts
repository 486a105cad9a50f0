import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFaqsStep } from "../steps"

export const deleteFaqsWorkflow = createWorkflow(
  "delete-faqs",
  (input: { ids: string[] }) => {
    const ids = deleteFaqsStep(input.ids)
    // one event per record; the help-center-changed subscriber refreshes the storefront's cached pages
    const events = transform({ ids }, ({ ids }) => ids.map((id) => ({ id })))
    emitEventStep({ eventName: "faq.deleted", data: events })
    return new WorkflowResponse(ids)
  }
)
