import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CONTENT_ENTITY, updateContentEntriesStep, type UpdateContentEntriesStepInput, validateContentEntriesStep } from "../steps"

/** Edits, publishes or unpublishes blog posts, resources or pages; `<entity>.updated` last. */
export const updateContentEntriesWorkflow = createWorkflow(
  "update-content-entries",
  (input: UpdateContentEntriesStepInput) => {
    validateContentEntriesStep(transform({ input }, ({ input }) => ({ kind: input.kind, entries: input.entries })))
    const entries = updateContentEntriesStep(input)
    // one event per record; the content-changed subscriber refreshes the storefront's cached pages
    const event = transform({ input, entries }, ({ input, entries }) => ({
      name: `${CONTENT_ENTITY[input.kind]}.updated`,
      data: entries.map((e) => ({ id: e.id })),
    }))
    emitEventStep({ eventName: event.name, data: event.data })
    return new WorkflowResponse(entries)
  }
)
