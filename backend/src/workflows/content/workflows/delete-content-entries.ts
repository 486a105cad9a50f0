import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CONTENT_ENTITY, type ContentKind, deleteContentEntriesStep, validateContentEntriesStep } from "../steps"

/** Deletes blog posts, resources or pages; `<entity>.deleted` last. */
export const deleteContentEntriesWorkflow = createWorkflow(
  "delete-content-entries",
  (input: { kind: ContentKind; ids: string[] }) => {
    validateContentEntriesStep(
      transform({ input }, ({ input }) => ({ kind: input.kind, entries: input.ids.map((id) => ({ id })) }))
    )
    const ids = deleteContentEntriesStep(input)
    // one event per record; the content-changed subscriber refreshes the storefront's cached pages
    const event = transform({ input, ids }, ({ input, ids }) => ({
      name: `${CONTENT_ENTITY[input.kind]}.deleted`,
      data: ids.map((id) => ({ id })),
    }))
    emitEventStep({ eventName: event.name, data: event.data })
    return new WorkflowResponse(ids)
  }
)
