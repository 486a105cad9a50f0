import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contentRecords } from "./service"
import type { ContentKind } from "./types"

/** Soft-deletes posts, resources or pages (a deleted handle can be reused); the compensation restores them. */
export const deleteContentEntriesStep = createStep(
  "delete-content-entries",
  async ({ kind, ids }: { kind: ContentKind; ids: string[] }, { container }) => {
    await contentRecords(container, kind).softDelete(ids)
    return new StepResponse(ids, { kind, ids })
  },
  async (undo, { container }) => {
    if (undo?.ids.length) {
      await contentRecords(container, undo.kind).restore(undo.ids)
    }
  }
)
