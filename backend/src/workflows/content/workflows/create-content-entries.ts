import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CONTENT_ENTITY, createContentEntriesStep, type CreateContentEntriesStepInput, validateContentEntriesStep } from "../steps"

/** New blog posts, resources or pages (drafts unless `status: "published"`); `<entity>.created` last. */
export const createContentEntriesWorkflow = createWorkflow(
  "create-content-entries",
  (input: CreateContentEntriesStepInput) => {
    validateContentEntriesStep(transform({ input }, ({ input }) => ({ kind: input.kind, entries: input.entries })))
    const entries = createContentEntriesStep(input)
    // one event per record; the content-changed subscriber refreshes the storefront's cached pages
    const event = transform({ input, entries }, ({ input, entries }) => ({
      name: `${CONTENT_ENTITY[input.kind]}.created`,
      data: entries.map((e) => ({ id: e.id })),
    }))
    emitEventStep({ eventName: event.name, data: event.data })
    return new WorkflowResponse(entries)
  }
)
