import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { contentRecords } from "./service"
import type { ContentEntryUpdate, ContentKind } from "./types"

export type UpdateContentEntriesStepInput = {
  kind: ContentKind
  entries: ContentEntryUpdate[]
  /** the time of the write: a post published now without a date gets it, a page whose text changed too */
  asOf: Date | string
}

/** Updates posts, resources or pages; the compensation puts back the fields as they were. */
export const updateContentEntriesStep = createStep(
  "update-content-entries",
  async ({ kind, entries, asOf }: UpdateContentEntriesStepInput, { container }) => {
    const records = contentRecords(container, kind)
    const before = await records.list({ id: entries.map((e) => e.id) }, { select: records.fields })
    const rows = entries.map(({ tags, ...rest }) => {
      const row: Record<string, unknown> = tags ? { ...rest, tags } : { ...rest }
      const prior = before.find((b) => b.id === rest.id)
      if (kind === "post" && rest.status === "published" && rest.published_at === undefined && !prior?.published_at) {
        row.published_at = new Date(asOf)
      }
      // a page whose text changes is "last updated" now, unless the editor gives the date
      if (kind === "page" && rest.body !== undefined && rest.body !== prior?.body && rest.content_updated_at === undefined) {
        row.content_updated_at = new Date(asOf)
      }
      return row
    })
    const updated = await records.update(rows)
    return new StepResponse(updated, { kind, before })
  },
  async (undo, { container }) => {
    if (undo?.before.length) {
      await contentRecords(container, undo.kind).update(undo.before)
    }
  }
)
