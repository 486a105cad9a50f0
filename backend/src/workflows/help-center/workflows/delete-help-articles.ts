import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteHelpArticlesStep } from "../steps"

export const deleteHelpArticlesWorkflow = createWorkflow(
  "delete-help-articles",
  (input: { ids: string[] }) => {
    const ids = deleteHelpArticlesStep(input.ids)
    // one event per record; the help-center-changed subscriber refreshes the storefront's cached pages
    const events = transform({ ids }, ({ ids }) => ids.map((id) => ({ id })))
    emitEventStep({ eventName: "help_article.deleted", data: events })
    return new WorkflowResponse(ids)
  }
)
