import { toHandle } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contentRecords } from "./service"
import type { ContentEntryInput, ContentKind } from "./types"

export type CreateContentEntriesStepInput = {
  kind: ContentKind
  entries: ContentEntryInput[]
  /** the time of the write: a post published without a date gets it, a page's "last updated" too */
  asOf: Date | string
}

/** Creates posts, resources or pages; a missing handle is made from the title. Compensation deletes them. */
export const createContentEntriesStep = createStep(
  "create-content-entries",
  async ({ kind, entries, asOf }: CreateContentEntriesStepInput, { container }) => {
    const at = new Date(asOf)
    const rows = entries.map((entry) => {
      const e = entry as Record<string, any>
      const row: Record<string, unknown> = { ...e, handle: e.handle || toHandle(e.title) }
      if (kind === "post") {
        row.tags = e.tags ?? []
        row.published_at = e.published_at ?? (e.status === "published" ? at : null)
      }
      if (kind === "page") {
        row.content_updated_at = e.content_updated_at ?? at
      }
      return row
    })
    const created = await contentRecords(container, kind).create(rows)
    return new StepResponse(created, { kind, ids: created.map((r) => r.id) })
  },
  async (undo, { container }) => {
    if (undo?.ids.length) {
      await contentRecords(container, undo.kind).delete(undo.ids)
    }
  }
)
